package dk.handleplan.coercion;

import dk.handleplan.kernel.KeptOutOfAudit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A coercion case with its deadlines and whether they were kept, computed now ({@link CoercionRules}):
 * {@code lateRegistration}, {@code lateMunicipalityReport}, {@code lateSocialtilsynReport} (sent late,
 * or due and not sent), {@code reportStatus}; {@code missingFollowUps} the required steps not yet taken,
 * {@code followUpOverdue} when some are missing after {@code followUpDue}. {@code residentRef} and
 * {@code staffNames} are null once {@code reduced}; they and the steps never enter the audit trail.
 * Active follow-up steps, oldest first.
 */
public record CoercionCaseView(long id, long offerId, long departmentId, String departmentName,
        LocalDateTime occurredAt, @KeptOutOfAudit String residentRef, String measureKind, String measureKindName,
        RuleSet ruleSet, Integer durationMinutes, Integer staffCount, @KeptOutOfAudit String staffNames, boolean acute,
        LocalDateTime registeredAt,
        LocalDateTime municipalityReportedAt, LocalDateTime socialtilsynReportedAt, LocalDateTime relativesInformedAt,
        LocalDateTime registrationDue, LocalDateTime municipalityDue, LocalDateTime socialtilsynDue,
        LocalDate followUpDue, boolean lateRegistration, boolean lateMunicipalityReport,
        boolean lateSocialtilsynReport, CoercionRules.ReportStatus reportStatus, Set<FollowUpKind> missingFollowUps,
        boolean followUpOverdue, boolean reduced, boolean archived, long version,
        @KeptOutOfAudit List<CoercionFollowUpView> followUps) {

    /** A report is late (either of them). */
    public boolean lateReport() {
        return lateMunicipalityReport || lateSocialtilsynReport;
    }

    /** Every required follow-up step has been taken. */
    public boolean followedUp() {
        return missingFollowUps.isEmpty();
    }
}
