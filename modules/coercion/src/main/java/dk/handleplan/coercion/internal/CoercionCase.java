package dk.handleplan.coercion.internal;

import dk.handleplan.coercion.CoercionCaseInput;
import dk.handleplan.coercion.RuleSet;
import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * One coercive measure in a department. Times are Danish local time, as staff write them on the form.
 * Once {@link #reduce reduced} by the retention rule, the pseudonym and staff names are gone and the
 * case can no longer change.
 */
@Entity
@Table(name = "coe_case")
public class CoercionCase extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "coe_case_seq", sequenceName = "coe_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coe_case_seq")
    private Long id;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "resident_ref")
    private String residentRef;

    @Column(name = "measure_kind_id", nullable = false)
    private long measureKindId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_set", nullable = false)
    private RuleSet ruleSet;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "staff_count")
    private Integer staffCount;

    @Column(name = "staff_names")
    private String staffNames;

    @Column(nullable = false)
    private boolean acute;

    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "municipality_reported_at")
    private LocalDateTime municipalityReportedAt;

    @Column(name = "socialtilsyn_reported_at")
    private LocalDateTime socialtilsynReportedAt;

    @Column(name = "relatives_informed_at")
    private LocalDateTime relativesInformedAt;

    @Column(nullable = false)
    private boolean reduced;

    @Column(name = "reduced_at")
    private OffsetDateTime reducedAt;

    protected CoercionCase() {
    }

    public CoercionCase(long offerId) {
        this.offerId = offerId;
    }

    /** Takes the input's values; {@code registeredAt} is the input's or, when it gives none, now. */
    public void record(CoercionCaseInput in, long kindId, LocalDateTime registeredAt) {
        checkNotReduced();
        departmentId = in.departmentId();
        occurredAt = in.occurredAt();
        residentRef = in.residentRef().strip();
        measureKindId = kindId;
        ruleSet = in.ruleSet();
        durationMinutes = in.durationMinutes();
        staffCount = in.staffCount();
        staffNames = blankToNull(in.staffNames());
        acute = in.acute();
        this.registeredAt = registeredAt;
        municipalityReportedAt = in.municipalityReportedAt();
        socialtilsynReportedAt = in.socialtilsynReportedAt();
        relativesInformedAt = in.relativesInformedAt();
    }

    /** Keeps what the statistics need (times, kind, rule set, department, timeliness), drops the rest. */
    public void reduce(OffsetDateTime now) {
        residentRef = null;
        staffNames = null;
        reduced = true;
        reducedAt = now;
    }

    public void checkNotReduced() {
        if (reduced) {
            throw ConflictException.of("Reduced case", "Coercion case " + id + " is older than the retention period"
                    + " and was reduced to its statistics; it can no longer change.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Coercion case";
    }

    public long getOfferId() {
        return offerId;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getResidentRef() {
        return residentRef;
    }

    public long getMeasureKindId() {
        return measureKindId;
    }

    public RuleSet getRuleSet() {
        return ruleSet;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public Integer getStaffCount() {
        return staffCount;
    }

    public String getStaffNames() {
        return staffNames;
    }

    public boolean isAcute() {
        return acute;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public LocalDateTime getMunicipalityReportedAt() {
        return municipalityReportedAt;
    }

    public LocalDateTime getSocialtilsynReportedAt() {
        return socialtilsynReportedAt;
    }

    public LocalDateTime getRelativesInformedAt() {
        return relativesInformedAt;
    }

    public boolean isReduced() {
        return reduced;
    }

    public OffsetDateTime getReducedAt() {
        return reducedAt;
    }
}
