package dk.handleplan.reminders;

import static dk.handleplan.reminders.Fixture.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.deadlines.DeadlineKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10); // a Monday

    private final List<DeadlineItem> items = List.of(
            item(DeadlineKind.ACTIVITY_END, 1, "Overskredet", TODAY.minusDays(38), ActivityStatus.IN_PROGRESS),
            item(DeadlineKind.MILESTONE, 2, "Forbigået milepæl", TODAY.minusDays(1), ActivityStatus.IN_PROGRESS),
            item(DeadlineKind.ACTIVITY_END, 3, "I dag", TODAY, ActivityStatus.PLANNED),
            item(DeadlineKind.MILESTONE, 4, "Om en uge", TODAY.plusDays(7), ActivityStatus.IN_PROGRESS),
            item(DeadlineKind.ACTIVITY_END, 5, "Om 30 dage", TODAY.plusDays(30), ActivityStatus.PLANNED),
            item(DeadlineKind.ACTIVITY_END, 6, "Om 31 dage", TODAY.plusDays(31), ActivityStatus.PLANNED),
            item(DeadlineKind.ACTIVITY_END, 7, "Gennemført", TODAY.minusDays(3), ActivityStatus.COMPLETED));

    private static List<Long> ids(List<DeadlineItem> items) {
        return items.stream().map(DeadlineItem::id).toList();
    }

    @Test
    void overdueAreOpenActivityEndsThatHavePassedNeverMilestones() {
        assertEquals(List.of(1L), ids(DigestRules.overdue(items, TODAY)));
    }

    @Test
    void upcomingRunFromTodayToTheHorizonInclusive() {
        assertEquals(List.of(3L, 4L, 5L), ids(DigestRules.upcoming(items, TODAY, 30)));
        assertEquals(List.of(3L), ids(DigestRules.upcoming(items, TODAY, 0)));
    }

    @Test
    void remindersAreDueFromTheirDaysBeforeUntilTheDayAndNoneWhenOff() {
        assertEquals(List.of(3L, 4L), ids(DigestRules.remindersDue(items, TODAY, 7)));
        assertEquals(List.of(3L), ids(DigestRules.remindersDue(items, TODAY, 6)));
        assertEquals(List.of(), DigestRules.remindersDue(items, TODAY, 0));
    }

    @Test
    void theDigestIsDueFromItsDayAndHourUntilTheWeekEnds() {
        ReminderSettings wednesdayAtSeven = new ReminderSettings(DayOfWeek.WEDNESDAY, 7, 7, 30);
        assertFalse(DigestRules.digestDue(LocalDateTime.of(2025, 3, 10, 12, 0), wednesdayAtSeven), "Monday");
        assertFalse(DigestRules.digestDue(LocalDateTime.of(2025, 3, 12, 6, 59), wednesdayAtSeven), "too early");
        assertTrue(DigestRules.digestDue(LocalDateTime.of(2025, 3, 12, 7, 0), wednesdayAtSeven));
        assertTrue(DigestRules.digestDue(LocalDateTime.of(2025, 3, 16, 23, 0), wednesdayAtSeven), "Sunday");
        ReminderSettings sunday = new ReminderSettings(DayOfWeek.SUNDAY, 0, 7, 30);
        assertFalse(DigestRules.digestDue(LocalDateTime.of(2025, 3, 15, 23, 59), sunday));
    }

    @Test
    void weeksAreIsoWeeksOfTheWeekBasedYear() {
        assertEquals("2025-W11", DigestRules.isoWeek(TODAY));
        assertEquals("2025-W01", DigestRules.isoWeek(LocalDate.of(2024, 12, 30)));
        assertEquals("2020-W53", DigestRules.isoWeek(LocalDate.of(2021, 1, 3)));
    }
}
