package dk.handleplan.coercion;

import java.time.LocalDate;

/**
 * Something a leader must do about a case: its follow-up (steps missing) or a report not yet sent.
 * No personal details: the case's day and department only, as the e-mail digest shows it.
 */
public record CoercionTaskView(long caseId, long offerId, String departmentName, LocalDate caseDate, Kind kind,
        LocalDate due, boolean overdue) {

    public enum Kind { FOLLOW_UP, REPORT }
}
