package dk.handleplan.coercion;

import dk.handleplan.kernel.NoCpr;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * A coercion case as a client sends it. Times are Danish local time ("2025-03-03T14:30").
 * {@code residentRef} must be a pseudonym (initials, a code): never a CPR number (refused) nor a full
 * name. {@code measureKind} is a kind's code valid on the day for the rule set. {@code registeredAt}
 * defaults to now. {@code version} is required when changing.
 */
@NoCpr
public record CoercionCaseInput(
        @NotNull Long departmentId,
        @NotNull LocalDateTime occurredAt,
        @NotBlank @Size(max = 40) String residentRef,
        @NotBlank @Size(max = 40) String measureKind,
        @NotNull RuleSet ruleSet,
        @PositiveOrZero @Max(10_080) Integer durationMinutes,
        @PositiveOrZero @Max(1000) Integer staffCount,
        @Size(max = 1000) String staffNames,
        @NotNull Boolean acute,
        LocalDateTime registeredAt,
        LocalDateTime municipalityReportedAt,
        LocalDateTime socialtilsynReportedAt,
        LocalDateTime relativesInformedAt,
        Long version) {
    /** Declared so the constraints stay on the fields: Payara's OpenAPI scanner fails on them on parameters. */
    public CoercionCaseInput(Long departmentId, LocalDateTime occurredAt, String residentRef, String measureKind,
            RuleSet ruleSet, Integer durationMinutes, Integer staffCount, String staffNames, Boolean acute,
            LocalDateTime registeredAt, LocalDateTime municipalityReportedAt, LocalDateTime socialtilsynReportedAt,
            LocalDateTime relativesInformedAt, Long version) {
        this.departmentId = departmentId;
        this.occurredAt = occurredAt;
        this.residentRef = residentRef;
        this.measureKind = measureKind;
        this.ruleSet = ruleSet;
        this.durationMinutes = durationMinutes;
        this.staffCount = staffCount;
        this.staffNames = staffNames;
        this.acute = acute;
        this.registeredAt = registeredAt;
        this.municipalityReportedAt = municipalityReportedAt;
        this.socialtilsynReportedAt = socialtilsynReportedAt;
        this.relativesInformedAt = relativesInformedAt;
        this.version = version;
    }
}
