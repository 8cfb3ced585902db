package dk.handleplan.themes;

import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.Ordered;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.people.OfferService;
import dk.handleplan.themes.internal.ActionPlan;
import dk.handleplan.themes.internal.Theme;
import dk.handleplan.themes.internal.ThemeSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The theme sections of a plan. */
@ApplicationScoped
@Transactional
public class SectionService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    OfferService offers;

    @Inject
    ThemeCatalogueService catalogues;

    /** The plan's sections in order: the active ones, or (archived = true) the archived ones. */
    public List<SectionView> list(long planId, boolean archived) {
        plans.plan(planId);
        return views(em.createQuery("select s from ThemeSection s where s.planId = :plan and s.archived = :archived"
                + " order by s.position, s.id", ThemeSection.class)
                .setParameter("plan", planId).setParameter("archived", archived).getResultList());
    }

    /** Every section of the plan, archived ones included, in order: one query, for the plan tree. */
    public List<SectionView> all(long planId) {
        return allOfPlans(List.of(planId));
    }

    /** Every section of these plans, archived ones included, in order: one query, for the overview. */
    public List<SectionView> allOfPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("select s from ThemeSection s where s.planId in :plans order by s.position, s.id",
                ThemeSection.class).setParameter("plans", planIds).getResultList());
    }

    public SectionView get(long id) {
        return views(List.of(section(id))).get(0);
    }

    public SectionView add(long planId, @NotNull @Valid SectionInput input) {
        long offerId = plans.requireContentEditable(planId);
        ActionPlan plan = plans.plan(planId);
        ThemeSection section = new ThemeSection(planId, Ordered.nextPosition(siblings(planId)));
        describe(section, plan, offerId, input);
        em.persist(section);
        em.flush();
        return get(section.getId());
    }

    public SectionView update(long id, @NotNull @Valid SectionInput input) {
        ThemeSection section = section(id);
        section.checkVersion(input.version());
        section.checkActive();
        long offerId = plans.requireContentEditable(section.getPlanId());
        describe(section, plans.plan(section.getPlanId()), offerId, input);
        em.flush();
        return get(id);
    }

    public SectionView archive(long id) {
        ThemeSection section = section(id);
        plans.requireContentEditable(section.getPlanId());
        section.archive();
        em.flush();
        return get(id);
    }

    public SectionView restore(long id) {
        ThemeSection section = section(id);
        plans.requireContentEditable(section.getPlanId());
        int position = Ordered.nextPosition(siblings(section.getPlanId())); // before restoring: one update
        section.restore();
        section.setPosition(position);
        em.flush();
        return get(id);
    }

    public SectionView move(long id, Ordered.Direction direction) {
        ThemeSection section = section(id);
        section.checkActive();
        plans.requireContentEditable(section.getPlanId());
        Ordered.move(siblings(section.getPlanId()), section, direction);
        em.flush();
        return get(id);
    }

    /** For lower modules: the section, its plan and offer, when content may be added to it or changed. */
    public SectionRef requireEditable(long sectionId) {
        ThemeSection section = section(sectionId);
        section.checkActive();
        long offerId = plans.requireContentEditable(section.getPlanId());
        return new SectionRef(sectionId, section.getPlanId(), offerId);
    }

    /** For lower modules: the plan and offer a section belongs to, archived or not. */
    public SectionRef ref(long sectionId) {
        ThemeSection section = section(sectionId);
        return new SectionRef(sectionId, section.getPlanId(), plans.plan(section.getPlanId()).getOfferId());
    }

    /** Ids of the plan's active sections: what is "live" in the plan below this module. */
    public List<Long> activeSectionIds(long planId) {
        return em.createQuery("select s.id from ThemeSection s where s.planId = :plan and s.archived = false",
                Long.class).setParameter("plan", planId).getResultList();
    }

    private ThemeSection section(long id) {
        return Lookup.require(em, ThemeSection.class, id, "Section");
    }

    private List<ThemeSection> siblings(long planId) {
        return em.createQuery("select s from ThemeSection s where s.planId = :plan and s.archived = false"
                + " order by s.position, s.id", ThemeSection.class).setParameter("plan", planId).getResultList();
    }

    private void describe(ThemeSection section, ActionPlan plan, long offerId, SectionInput input) {
        Theme theme = catalogues.theme(plan.getCatalogueId(), input.theme()).orElseThrow(() ->
                ValidationException.of("theme", "'" + input.theme() + "' is not a theme of the plan's catalogue;"
                        + " see GET /api/v1/themes"));
        if (input.departmentId() != null) {
            offers.requireDepartmentOf(offerId, input.departmentId(), "departmentId");
        }
        section.describe(theme.getId(), input.subject(), input.indicatorRef(), input.departmentId());
    }

    private List<SectionView> views(List<ThemeSection> sections) {
        if (sections.isEmpty()) {
            return List.of();
        }
        Map<Long, ThemeView> themes = catalogues.themesById();
        Map<Long, String> departments = offers.departmentNames(sections.stream().map(ThemeSection::getDepartmentId)
                .filter(Objects::nonNull).distinct().toList());
        return sections.stream().map(s -> new SectionView(s.getId(), s.getPlanId(), themes.get(s.getThemeId()),
                s.getSubject(), s.getIndicatorRef(), s.getDepartmentId(),
                s.getDepartmentId() == null ? null : departments.get(s.getDepartmentId()),
                s.getPosition(), s.isArchived(), s.getVersion())).toList();
    }
}
