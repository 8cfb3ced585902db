package dk.handleplan.monitoring;

import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.monitoring.internal.StaffQuarter;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Departments' quarterly staff figures, and the key figures of a department or offer computed from
 * them ({@link KeyFigures}). Who may enter figures is the web layer's rule (the offer's leaders).
 */
@ApplicationScoped
@Transactional
public class StaffFiguresService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    OfferService offers;
    @Inject
    Clock clock;
    @Inject
    KeyFiguresReports reports;

    /** The department's figures, oldest quarter first. */
    public List<StaffFiguresView> ofDepartment(long departmentId) {
        offers.department(departmentId);
        return em.createQuery("select s from StaffQuarter s where s.departmentId = :department order by s.quarter",
                StaffQuarter.class).setParameter("department", departmentId).getResultList().stream()
                .map(StaffFiguresService::view).toList();
    }

    public StaffFiguresView get(long id) {
        return view(entity(id));
    }

    public StaffFiguresView add(long departmentId, @NotNull @Valid StaffFiguresInput input) {
        DepartmentView department = offers.department(departmentId);
        offers.requireActiveOffer(department.offerId());
        if (department.archived()) {
            throw ConflictException.archived("Department", departmentId);
        }
        Quarter quarter = check(input);
        List<StaffQuarter> existing = em.createQuery("select s from StaffQuarter s where s.departmentId = :department"
                + " and s.quarter = :quarter", StaffQuarter.class).setParameter("department", departmentId)
                .setParameter("quarter", quarter.toString()).getResultList();
        if (!existing.isEmpty()) {
            throw ConflictException.of("Figures exist", "The staff figures of department " + departmentId + " for "
                    + quarter + " exist already (id " + existing.get(0).getId() + "): change them with PUT"
                    + " /api/v1/staff-figures/" + existing.get(0).getId() + ".");
        }
        StaffQuarter figures = new StaffQuarter(departmentId, department.offerId(), quarter);
        figures.record(input);
        em.persist(figures);
        em.flush();
        return view(figures);
    }

    public StaffFiguresView update(long id, @NotNull @Valid StaffFiguresInput input) {
        StaffQuarter figures = entity(id);
        figures.checkVersion(input.version());
        figures.checkActive();
        Quarter quarter = check(input);
        if (!quarter.toString().equals(figures.getQuarter())) {
            throw ValidationException.of("quarter", "the quarter of stored figures cannot change (" + figures.getQuarter()
                    + "); enter the other quarter's figures on their own");
        }
        figures.record(input);
        em.flush();
        return view(figures);
    }

    /** The department's key figures for the quarter and the rolling year ending with it. */
    public KeyFiguresView ofDepartment(long departmentId, String quarterText, boolean countInternalMoves) {
        return reports.trendOfDepartment(departmentId, quarterText, 1, countInternalMoves).get(0);
    }

    /** The offer's key figures (all its departments together) for the quarter and the rolling year. */
    public KeyFiguresView ofOffer(long offerId, String quarterText, boolean countInternalMoves) {
        return reports.trendOfOffer(offerId, quarterText, 1, countInternalMoves).get(0);
    }

    static KeyFiguresView keyFigures(String scope, Quarter quarter, Map<Quarter, StaffFigures> byQuarter,
            boolean countInternalMoves) {
        List<StaffFigures> thisQuarter = byQuarter.containsKey(quarter) ? List.of(byQuarter.get(quarter)) : List.of();
        return new KeyFiguresView(scope, quarter.toString(), period(thisQuarter, countInternalMoves),
                period(new ArrayList<>(byQuarter.values()), countInternalMoves), countInternalMoves);
    }

    private static KeyFiguresView.Period period(List<StaffFigures> figures, boolean countInternalMoves) {
        List<String> quarters = figures.stream().map(f -> f.quarter().toString()).toList();
        if (figures.isEmpty()) {
            return new KeyFiguresView.Period(quarters, null, null, null, null, null, null);
        }
        Double sick = KeyFigures.sickLeaveTilbudsportalen(figures);
        KeyFigures.MunicipalSickLeave municipal = KeyFigures.sickLeaveMunicipal(figures);
        return new KeyFiguresView.Period(quarters, round(KeyFigures.averageStaff(figures)),
                round(KeyFigures.turnoverPercent(figures, countInternalMoves)), sick == null ? null : Math.round(sick),
                municipal == null ? null : round(municipal.workingDaysPerFte()),
                municipal == null ? null : round(municipal.percent()), round(KeyFigures.tempSharePercent(figures)));
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    /**
     * Checks figures without saving them (the CSV import's preview uses it): answers the quarter, or
     * refuses figures that cannot be true: a quarter more than one ahead of today, neither
     * days employed nor both headcounts, more days employed, leavers or absence than the staff and
     * the quarter's days allow.
     */
    public Quarter check(StaffFiguresInput in) {
        Quarter quarter = Quarter.parse(in.quarter(), "quarter");
        List<FieldError> errors = new ArrayList<>();
        Quarter latest = Quarter.of(LocalDate.now(clock)).next();
        if (quarter.compareTo(latest) > 0) {
            errors.add(new FieldError("quarter", "lies more than one quarter ahead of today (latest " + latest + ")"));
        }
        if (in.employmentDays() == null && (in.headcountStart() == null || in.headcountEnd() == null)) {
            errors.add(new FieldError("employmentDays", "give the days employed, or the headcount at the start and"
                    + " the end of the quarter"));
        }
        int leavers = in.resigned() + in.dismissed() + in.retired() + in.fixedTermEnded() + in.internalMoves();
        if (in.headcountStart() != null) {
            int people = in.headcountStart() + in.hires();
            if (leavers > people) {
                errors.add(new FieldError("resigned", "more leavers (" + leavers + ") than people employed in the"
                        + " quarter (headcount at the start + hires = " + people + ")"));
            }
            if (in.employmentDays() != null && in.employmentDays() > (double) people * quarter.days()) {
                errors.add(new FieldError("employmentDays", "more days employed than " + people + " people can have"
                        + " in the quarter's " + quarter.days() + " days"));
            }
        }
        if (errors.stream().noneMatch(e -> e.field().equals("employmentDays"))) {
            double employed = in.employmentDays() != null ? in.employmentDays()
                    : (in.headcountStart() + in.headcountEnd()) / 2.0 * quarter.days();
            if (in.sickDays() + in.parentalLeaveDays() > employed) {
                errors.add(new FieldError("sickDays", "more absence days (sick and parental leave: "
                        + (in.sickDays() + in.parentalLeaveDays()) + ") than days employed in the quarter ("
                        + Math.round(employed) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return quarter;
    }

    private StaffQuarter entity(long id) {
        return Lookup.require(em, StaffQuarter.class, id, "Staff figures");
    }

    private static StaffFiguresView view(StaffQuarter s) {
        return new StaffFiguresView(s.getId(), s.getDepartmentId(), s.getOfferId(), s.getQuarter(),
                s.getHeadcountStart(), s.getHeadcountEnd(), s.getEmploymentDays(), s.getResigned(), s.getDismissed(),
                s.getRetired(), s.getFixedTermEnded(), s.getInternalMoves(), s.getHires(), s.getSickDays(),
                s.getParentalLeaveDays(), s.getPlannedHours(), s.getInternalTempHours(), s.getExternalTempHours(),
                s.isArchived(), s.getVersion());
    }
}
