package dk.handleplan.monitoring;

import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.monitoring.internal.StaffQuarter;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports a quarter's or a year's staff figures of an offer's departments from CSV
 * ({@link StaffFiguresCsv}): all rows in one transaction, or none. Each row is checked by the same
 * rules as figures typed in ({@link StaffFiguresService}); a department is named by its id or its name
 * within the offer; a department and quarter that has figures already, or comes twice in the file, is
 * an error (correct stored figures on the department's page instead).
 */
@ApplicationScoped
@Transactional
public class StaffImportService {

    /** The title of the conflict when rows name figures that exist already. */
    public static final String EXISTS = "Figures exist";
    private static final String EXIST_ALREADY = "exist already";

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    OfferService offers;
    @Inject
    StaffFiguresService staffFigures;
    @Inject
    Validator validator;

    /** Reads and checks the file; saves nothing. */
    public StaffImportView preview(long offerId, byte[] csv) {
        return check(offerId, csv);
    }

    /**
     * Refuses a checked file that has a problem: a 409 conflict when the only problems are figures
     * that exist already, else a validation error naming each problem by line and column. The caller
     * saves the rows (each through the API, so each is audited) only when this passes, in one
     * transaction.
     */
    public void requireValid(StaffImportView checked) {
        offers.requireActiveOffer(checked.offerId());
        if (checked.valid()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        checked.fileProblems().forEach(p -> errors.add(error(p)));
        boolean onlyExisting = checked.fileProblems().isEmpty();
        for (StaffImportView.RowView row : checked.rows()) {
            for (StaffFiguresCsv.Problem p : row.problems()) {
                errors.add(error(p));
                onlyExisting &= p.message().contains(EXIST_ALREADY);
            }
        }
        if (onlyExisting) {
            throw ConflictException.of(EXISTS, errors.size() + " rows name figures that exist already ("
                    + String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList())
                    + "); nothing was saved. Correct them with PUT /api/v1/staff-figures/{id}, or leave them out.");
        }
        throw new ValidationException(errors);
    }

    private static FieldError error(StaffFiguresCsv.Problem p) {
        return new FieldError("line " + p.line() + (p.column() == null ? "" : "." + p.column()), p.message());
    }

    private StaffImportView check(long offerId, byte[] csv) {
        offers.get(offerId);
        StaffFiguresCsv.Result parsed = StaffFiguresCsv.parse(csv);
        if (!parsed.fileProblems().isEmpty()) {
            return new StaffImportView(offerId, 0, false, false, List.of(), parsed.fileProblems());
        }
        List<DepartmentView> departments = offers.departments(offerId, false);
        Set<String> existing = new HashSet<>();
        em.createQuery("select s from StaffQuarter s where s.offerId = :offer", StaffQuarter.class)
                .setParameter("offer", offerId).getResultList()
                .forEach(s -> existing.add(s.getDepartmentId() + "/" + s.getQuarter()));
        Map<String, Integer> seen = new HashMap<>();
        List<StaffImportView.RowView> rows = new ArrayList<>();
        for (StaffFiguresCsv.Row row : parsed.rows()) {
            List<StaffFiguresCsv.Problem> problems = new ArrayList<>(row.problems());
            DepartmentView department = row.department() == null || row.department().isEmpty() ? null
                    : find(departments, row.department());
            if (row.department() != null && !row.department().isEmpty() && department == null) {
                problems.add(new StaffFiguresCsv.Problem(row.line(), "afdeling", "no active department '"
                        + row.department() + "' in this offer", "Tilbuddet har ingen aktiv afdeling, der hedder \""
                        + row.department() + "\"."));
            }
            if (row.figures() != null) {
                problems.addAll(rules(row.line(), row.figures()));
                if (department != null && problems.isEmpty()) {
                    String quarter = Quarter.parse(row.figures().quarter(), "quarter").toString();
                    String key = department.id() + "/" + quarter;
                    if (existing.contains(key)) {
                        problems.add(new StaffFiguresCsv.Problem(row.line(), "kvartal", "the figures of '"
                                + department.name() + "' for " + quarter + " " + EXIST_ALREADY, "Der er allerede tal for "
                                + department.name() + " i " + quarter + ". Ret dem på afdelingens side, eller fjern"
                                + " rækken."));
                    } else if (seen.containsKey(key)) {
                        problems.add(new StaffFiguresCsv.Problem(row.line(), "kvartal", "the same department and"
                                + " quarter as line " + seen.get(key), "Samme afdeling og kvartal som i linje "
                                + seen.get(key) + "."));
                    } else {
                        seen.put(key, row.line());
                    }
                }
            }
            rows.add(new StaffImportView.RowView(row.line(), row.department(), department == null ? null
                    : department.id(), department == null ? null : department.name(), row.figures(), problems, null));
        }
        boolean valid = rows.stream().allMatch(r -> r.problems().isEmpty());
        return new StaffImportView(offerId, rows.size(), valid, false, rows, List.of());
    }

    /** The figures' rules, as for figures typed in: Bean Validation of the input, then the service's checks. */
    private List<StaffFiguresCsv.Problem> rules(int line, StaffFiguresInput input) {
        List<StaffFiguresCsv.Problem> problems = new ArrayList<>();
        for (ConstraintViolation<StaffFiguresInput> v : validator.validate(input)) {
            problems.add(new StaffFiguresCsv.Problem(line, StaffFiguresCsv.columnOf(v.getPropertyPath().toString()),
                    v.getMessage(), null));
        }
        if (problems.isEmpty()) {
            try {
                staffFigures.check(input);
            } catch (ValidationException e) {
                e.errors().forEach(error -> problems.add(new StaffFiguresCsv.Problem(line,
                        StaffFiguresCsv.columnOf(error.field()), error.message(), null)));
            }
        }
        problems.sort(java.util.Comparator.comparing(p -> p.column() == null ? "" : p.column()));
        return problems;
    }

    /** By id (digits) or by name, ignoring case and surrounding spaces. */
    private static DepartmentView find(List<DepartmentView> departments, String reference) {
        String ref = reference.strip();
        if (ref.matches("\\d{1,18}")) {
            long id = Long.parseLong(ref);
            for (DepartmentView d : departments) {
                if (d.id() == id) {
                    return d;
                }
            }
        }
        for (DepartmentView d : departments) {
            if (d.name().strip().toLowerCase(Locale.ROOT).equals(ref.toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        return null;
    }
}
