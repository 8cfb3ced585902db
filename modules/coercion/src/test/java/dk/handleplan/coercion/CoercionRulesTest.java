package dk.handleplan.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deadlines of docs/coercion.md on the worked examples there, computed by hand. */
class CoercionRulesTest {

    private static final CoercionSettings DEFAULTS = CoercionSettings.DEFAULTS;
    /** Monday 3 March 2025, 14:30. */
    private static final LocalDateTime MONDAY = LocalDateTime.of(2025, 3, 3, 14, 30);

    @Test
    void anAdultsAcuteMeasureIsRegisteredByTheEndOfTheDayAfterAndReportedWithinThreeDays() {
        CoercionRules.Deadlines due = CoercionRules.deadlines(RuleSet.ADULT, true, MONDAY, DEFAULTS);
        assertEquals(LocalDateTime.of(2025, 3, 4, 23, 59, 59), due.registration());
        assertEquals(LocalDateTime.of(2025, 3, 6, 23, 59, 59), due.municipality());
        assertEquals(LocalDateTime.of(2025, 3, 6, 23, 59, 59), due.socialtilsyn());
        assertEquals(LocalDate.of(2025, 3, 17), due.followUp(), "14 days after the day of the measure");
    }

    @Test
    void anAdultsPreAuthorisedMeasureIsReportedByTheMonthsLastDay() {
        CoercionRules.Deadlines due = CoercionRules.deadlines(RuleSet.ADULT, false, MONDAY, DEFAULTS);
        assertEquals(LocalDateTime.of(2025, 3, 31, 23, 59, 59), due.municipality());
        assertEquals(LocalDateTime.of(2025, 3, 31, 23, 59, 59), due.socialtilsyn());
        CoercionRules.Deadlines february = CoercionRules.deadlines(RuleSet.ADULT, false,
                LocalDateTime.of(2024, 2, 10, 8, 0), DEFAULTS);
        assertEquals(LocalDateTime.of(2024, 2, 29, 23, 59, 59), february.socialtilsyn(), "a leap year's February");
    }

    @Test
    void aChildsMeasureIsRegisteredAndCopiedWithin24HoursAndSentToTheSocialtilsynAtMonthEnd() {
        CoercionRules.Deadlines due = CoercionRules.deadlines(RuleSet.CHILD, true, MONDAY, DEFAULTS);
        assertEquals(LocalDateTime.of(2025, 3, 4, 14, 30), due.registration());
        assertEquals(LocalDateTime.of(2025, 3, 4, 14, 30), due.municipality());
        assertEquals(LocalDateTime.of(2025, 3, 31, 23, 59, 59), due.socialtilsyn());
        CoercionRules.Deadlines endOfYear = CoercionRules.deadlines(RuleSet.CHILD, false,
                LocalDateTime.of(2024, 12, 31, 22, 15), DEFAULTS);
        assertEquals(LocalDateTime.of(2025, 1, 1, 22, 15), endOfYear.registration(), "24 hours cross the year");
        assertEquals(LocalDateTime.of(2024, 12, 31, 23, 59, 59), endOfYear.socialtilsyn());
    }

    @Test
    void theDayAfterEndsAtMidnightWhile24HoursEndAtTheHour() {
        CoercionRules.Deadlines adult = CoercionRules.deadlines(RuleSet.ADULT, true, MONDAY, DEFAULTS);
        CoercionRules.Deadlines child = CoercionRules.deadlines(RuleSet.CHILD, true, MONDAY, DEFAULTS);
        LocalDateTime tuesdayEvening = LocalDateTime.of(2025, 3, 4, 20, 0);
        LocalDateTime now = LocalDateTime.of(2025, 3, 10, 12, 0);
        assertFalse(CoercionRules.late(tuesdayEvening, adult.registration(), now), "adults: the day after is in time");
        assertTrue(CoercionRules.late(tuesdayEvening, child.registration(), now), "children: 24 hours have passed");
        assertFalse(CoercionRules.late(LocalDateTime.of(2025, 3, 4, 14, 30), child.registration(), now),
                "exactly 24 hours is in time");
        assertTrue(CoercionRules.late(LocalDateTime.of(2025, 3, 5, 0, 0), adult.registration(), now));
    }

    @Test
    void aReportNotSentIsLateOnlyOnceItsDeadlineHasPassed() {
        CoercionRules.Deadlines due = CoercionRules.deadlines(RuleSet.ADULT, true, MONDAY, DEFAULTS);
        LocalDateTime thursday = LocalDateTime.of(2025, 3, 6, 12, 0);
        LocalDateTime friday = LocalDateTime.of(2025, 3, 7, 0, 0);
        assertFalse(CoercionRules.late(null, due.municipality(), thursday));
        assertTrue(CoercionRules.late(null, due.municipality(), friday));
        assertEquals(CoercionRules.ReportStatus.PENDING, CoercionRules.reportStatus(MONDAY.plusHours(2), null, due,
                thursday));
        assertEquals(CoercionRules.ReportStatus.LATE, CoercionRules.reportStatus(MONDAY.plusHours(2), null, due,
                friday));
        assertEquals(CoercionRules.ReportStatus.ON_TIME, CoercionRules.reportStatus(MONDAY.plusHours(2),
                thursday, due, friday));
        assertEquals(CoercionRules.ReportStatus.LATE, CoercionRules.reportStatus(MONDAY.plusHours(2), friday, due,
                friday), "sent to the socialtilsyn a day late");
    }

    @Test
    void theDeadlinesFollowTheSettings() {
        CoercionSettings strict = new CoercionSettings(0, 1, 5, 12, 6, 3, 7, 24);
        CoercionRules.Deadlines adult = CoercionRules.deadlines(RuleSet.ADULT, false, MONDAY, strict);
        assertEquals(LocalDateTime.of(2025, 3, 3, 23, 59, 59), adult.registration(), "0 days: the same day");
        assertEquals(LocalDateTime.of(2025, 4, 5, 23, 59, 59), adult.municipality(), "5 days after month end");
        assertEquals(LocalDate.of(2025, 3, 10), adult.followUp());
        CoercionRules.Deadlines child = CoercionRules.deadlines(RuleSet.CHILD, true, MONDAY, strict);
        assertEquals(LocalDateTime.of(2025, 3, 4, 2, 30), child.registration());
        assertEquals(LocalDateTime.of(2025, 3, 3, 20, 30), child.municipality());
        assertEquals(LocalDateTime.of(2025, 4, 3, 23, 59, 59), child.socialtilsyn());
    }

    @Test
    void aCaseIsFollowedUpWhenTheConversationTheDebriefAndTheAssessmentAreDone() {
        assertEquals(FollowUpKind.REQUIRED, CoercionRules.missing(List.of()));
        assertEquals(Set.of(FollowUpKind.LEADER_ASSESSMENT), CoercionRules.missing(List.of(
                FollowUpKind.RESIDENT_CONVERSATION, FollowUpKind.STAFF_DEBRIEF, FollowUpKind.PLAN_ACTION)));
        assertEquals(EnumSet.noneOf(FollowUpKind.class), CoercionRules.missing(List.of(FollowUpKind.LEADER_ASSESSMENT,
                FollowUpKind.STAFF_DEBRIEF, FollowUpKind.RESIDENT_CONVERSATION)));
    }

    @Test
    void impossibleSettingsAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CoercionSettings(1, 3, 0, 24, 24, 0, 0, 36));
        assertTrue(e.getMessage().contains("handleplan.coercion.follow-up-days"), e.getMessage());
    }
}
