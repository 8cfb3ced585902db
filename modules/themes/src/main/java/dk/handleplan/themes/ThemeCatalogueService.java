package dk.handleplan.themes;

import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.themes.internal.Theme;
import dk.handleplan.themes.internal.ThemeCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The versioned quality-model catalogues: read-only reference data loaded by migrations. */
@ApplicationScoped
@Transactional
public class ThemeCatalogueService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    Clock clock;

    public List<CatalogueView> catalogues() {
        return em.createQuery("select c from ThemeCatalogue c order by c.validFrom", ThemeCatalogue.class)
                .getResultList().stream().map(this::view).toList();
    }

    /** The catalogue in force on a day, as last read (the catalogues change only by migration, before start). */
    private record Current(LocalDate day, CatalogueView catalogue) {
    }

    private volatile Current current;

    /**
     * The catalogue in force today: the newest one whose validity has begun. Every plan page asks for it,
     * so it is read once a day.
     */
    public CatalogueView current() {
        LocalDate today = LocalDate.now(clock);
        Current known = current;
        if (known != null && known.day().equals(today)) {
            return known.catalogue();
        }
        CatalogueView catalogue = inForceOn(today);
        current = new Current(today, catalogue);
        return catalogue;
    }

    private CatalogueView inForceOn(LocalDate today) {
        return em.createQuery("select c from ThemeCatalogue c where c.validFrom <= :today order by c.validFrom desc",
                ThemeCatalogue.class).setParameter("today", today).setMaxResults(1).getResultList().stream()
                .findFirst().map(this::view).orElseThrow(() -> new NotFoundException("Theme catalogue", today));
    }

    public CatalogueView catalogue(long id) {
        ThemeCatalogue catalogue = em.find(ThemeCatalogue.class, id);
        if (catalogue == null) {
            throw new NotFoundException("Theme catalogue", id);
        }
        return view(catalogue);
    }

    /** Theme ids of one catalogue by code. */
    Optional<Theme> theme(long catalogueId, String code) {
        return em.createQuery("select t from Theme t where t.catalogueId = :catalogue and t.code = :code", Theme.class)
                .setParameter("catalogue", catalogueId).setParameter("code", code.strip().toUpperCase())
                .getResultList().stream().findFirst();
    }

    /** Every theme of every catalogue by id: a few dozen rows, read once per request that needs them. */
    Map<Long, ThemeView> themesById() {
        return em.createQuery("select t from Theme t", Theme.class).getResultList().stream()
                .collect(Collectors.toMap(Theme::getId, ThemeCatalogueService::view, (a, b) -> a));
    }

    private CatalogueView view(ThemeCatalogue catalogue) {
        List<ThemeView> themes = em.createQuery(
                "select t from Theme t where t.catalogueId = :catalogue order by t.position", Theme.class)
                .setParameter("catalogue", catalogue.getId()).getResultList().stream()
                .map(ThemeCatalogueService::view).toList();
        return new CatalogueView(catalogue.getId(), catalogue.getCode(), catalogue.getName(),
                catalogue.getValidFrom(), themes);
    }

    static ThemeView view(Theme theme) {
        return new ThemeView(theme.getCode(), theme.getNumber(), theme.getName(), theme.isInQualityModel());
    }

}
