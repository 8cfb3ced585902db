package dk.handleplan.monitoring;

import dk.handleplan.monitoring.internal.StaffQuarter;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Key figures over many quarters or many departments at once, for charts and the comparison: each
 * read is one query for all the figures it needs, whatever the number of quarters or departments.
 * The figures are those of {@link StaffFiguresService} (the same computation, the same rounding).
 */
@ApplicationScoped
@Transactional
public class KeyFiguresReports {

    /** The most quarters a trend covers (ten years). */
    public static final int MAX_QUARTERS = 40;

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    OfferService offers;
    @Inject
    java.time.Clock clock;

    /** One department's key figures in the comparison. */
    public record DepartmentFigures(DepartmentView department, KeyFiguresView figures) {
    }

    /** One offer's departments and its total (all departments together). */
    public record OfferFigures(OfferView offer, KeyFiguresView total, List<DepartmentFigures> departments) {
    }

    /**
     * The department's key figures for each of the {@code count} quarters ending with {@code last},
     * oldest first: each quarter's own and the rolling year ending with it.
     */
    public List<KeyFiguresView> trendOfDepartment(long departmentId, String last, int count,
            boolean countInternalMoves) {
        DepartmentView department = offers.department(departmentId);
        List<Quarter> quarters = quarters(last, count);
        Map<Quarter, StaffFigures> byQuarter = new TreeMap<>();
        staffQuarters("s.departmentId = :scope", departmentId, withYearBefore(quarters))
                .forEach(s -> byQuarter.put(quarter(s), s.figures()));
        return trend(department.name(), quarters, byQuarter, countInternalMoves);
    }

    /** As {@link #trendOfDepartment}, for all the offer's departments together. */
    public List<KeyFiguresView> trendOfOffer(long offerId, String last, int count, boolean countInternalMoves) {
        OfferView offer = offers.get(offerId);
        List<Quarter> quarters = quarters(last, count);
        Map<Quarter, List<StaffFigures>> departments = new TreeMap<>();
        staffQuarters("s.offerId = :scope", offerId, withYearBefore(quarters))
                .forEach(s -> departments.computeIfAbsent(quarter(s), k -> new ArrayList<>()).add(s.figures()));
        Map<Quarter, StaffFigures> byQuarter = new TreeMap<>();
        departments.forEach((q, list) -> byQuarter.put(q, StaffFigures.combine(q, list)));
        return trend(offer.name(), quarters, byQuarter, countInternalMoves);
    }

    /**
     * Every active department of the given offers side by side for the quarter (its own figures and
     * the rolling year), with each offer's total; one query for all the figures.
     */
    public List<OfferFigures> compare(Collection<OfferView> offersShown, String quarterText,
            boolean countInternalMoves) {
        Quarter quarter = Quarter.parse(quarterText, "quarter");
        List<Quarter> year = quarter.lastQuarters(4);
        Map<Long, Map<Quarter, StaffFigures>> byDepartment = new HashMap<>();
        if (!offersShown.isEmpty()) {
            em.createQuery("select s from StaffQuarter s where s.offerId in :offers and s.quarter in :quarters"
                    + " and s.archived = false", StaffQuarter.class)
                    .setParameter("offers", offersShown.stream().map(OfferView::id).toList())
                    .setParameter("quarters", year.stream().map(Quarter::toString).toList()).getResultList()
                    .forEach(s -> byDepartment.computeIfAbsent(s.getDepartmentId(), k -> new TreeMap<>())
                            .put(quarter(s), s.figures()));
        }
        List<OfferFigures> result = new ArrayList<>();
        for (OfferView offer : offersShown) {
            List<DepartmentFigures> rows = new ArrayList<>();
            Map<Quarter, List<StaffFigures>> all = new TreeMap<>();
            for (DepartmentView department : offer.departments()) {
                Map<Quarter, StaffFigures> figures = byDepartment.getOrDefault(department.id(), Map.of());
                figures.forEach((q, f) -> all.computeIfAbsent(q, k -> new ArrayList<>()).add(f));
                rows.add(new DepartmentFigures(department, StaffFiguresService.keyFigures(department.name(), quarter,
                        new TreeMap<>(figures), countInternalMoves)));
            }
            Map<Quarter, StaffFigures> total = new TreeMap<>();
            all.forEach((q, list) -> total.put(q, StaffFigures.combine(q, list)));
            result.add(new OfferFigures(offer, StaffFiguresService.keyFigures(offer.name(), quarter, total,
                    countInternalMoves), rows));
        }
        return result;
    }

    /**
     * The offer's key figures of the calendar year for Tilbudsportalen: the rolling year ending with
     * its fourth quarter. A year not yet begun is refused.
     */
    public AnnualKeyFiguresView annual(long offerId, int year, boolean countInternalMoves) {
        if (year < 2000 || year > java.time.LocalDate.now(clock).getYear()) {
            throw dk.handleplan.kernel.ValidationException.of("year", "give a year from 2000 to this year, not " + year);
        }
        OfferFigures figures = compare(List.of(offers.get(offerId)), year + "-Q4", countInternalMoves).get(0);
        List<String> missing = new ArrayList<>();
        List<AnnualKeyFiguresView.DepartmentYear> departments = new ArrayList<>();
        for (DepartmentFigures d : figures.departments()) {
            KeyFiguresView.Period period = d.figures().rollingYear();
            departments.add(new AnnualKeyFiguresView.DepartmentYear(d.department().id(), d.department().name(), period));
            for (Quarter q : new Quarter(year, 4).lastQuarters(4)) {
                if (!period.quarters().contains(q.toString())) {
                    missing.add(d.department().name() + ": " + q);
                }
            }
        }
        return new AnnualKeyFiguresView(offerId, figures.offer().name(), year, java.time.LocalDate.of(year + 1, 5, 1),
                missing.isEmpty(), missing, figures.total().rollingYear(), departments, countInternalMoves);
    }

    private List<StaffQuarter> staffQuarters(String scope, long id, List<Quarter> quarters) {
        return em.createQuery("select s from StaffQuarter s where " + scope + " and s.quarter in :quarters"
                + " and s.archived = false", StaffQuarter.class).setParameter("scope", id)
                .setParameter("quarters", quarters.stream().map(Quarter::toString).toList()).getResultList();
    }

    private static List<KeyFiguresView> trend(String scope, List<Quarter> quarters, Map<Quarter, StaffFigures> byQuarter,
            boolean countInternalMoves) {
        List<KeyFiguresView> trend = new ArrayList<>();
        for (Quarter q : quarters) {
            Map<Quarter, StaffFigures> year = new TreeMap<>();
            for (Quarter y : q.lastQuarters(4)) {
                if (byQuarter.containsKey(y)) {
                    year.put(y, byQuarter.get(y));
                }
            }
            trend.add(StaffFiguresService.keyFigures(scope, q, year, countInternalMoves));
        }
        return trend;
    }

    private static List<Quarter> quarters(String last, int count) {
        if (count < 1 || count > MAX_QUARTERS) {
            throw dk.handleplan.kernel.ValidationException.of("quarters", "give 1 to " + MAX_QUARTERS + " quarters, not "
                    + count);
        }
        return Quarter.parse(last, "quarter").lastQuarters(count);
    }

    /** The quarters and the three before the first, which the first one's rolling year needs. */
    private static List<Quarter> withYearBefore(List<Quarter> quarters) {
        return quarters.get(quarters.size() - 1).lastQuarters(quarters.size() + 3);
    }

    private static Quarter quarter(StaffQuarter s) {
        return Quarter.parse(s.getQuarter(), "quarter");
    }
}
