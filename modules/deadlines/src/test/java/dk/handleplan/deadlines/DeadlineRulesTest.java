package dk.handleplan.deadlines;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.handleplan.activities.ActivityStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeadlineRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @Nested
    class Overdue {

        @ParameterizedTest
        @EnumSource(value = ActivityStatus.class, names = {"PLANNED", "IN_PROGRESS"})
        void openActivityIsOverdueTheDayAfterItsDeadline(ActivityStatus status) {
            assertTrue(DeadlineRules.isOverdue(status, LocalDate.of(2025, 3, 13), TODAY));
        }

        @Test
        void openActivityLongPastItsDeadlineIsOverdue() {
            assertTrue(DeadlineRules.isOverdue(ActivityStatus.PLANNED, LocalDate.of(2023, 12, 31), TODAY));
        }

        @Test
        void activityIsNotOverdueOnTheDeadlineDayItself() {
            assertFalse(DeadlineRules.isOverdue(ActivityStatus.IN_PROGRESS, TODAY, TODAY));
        }

        @Test
        void activityIsNotOverdueBeforeItsDeadline() {
            assertFalse(DeadlineRules.isOverdue(ActivityStatus.IN_PROGRESS, LocalDate.of(2025, 3, 15), TODAY));
        }

        @ParameterizedTest
        @EnumSource(value = ActivityStatus.class, names = {"COMPLETED", "CANCELLED"})
        void closedActivityIsNeverOverdue(ActivityStatus status) {
            assertFalse(DeadlineRules.isOverdue(status, LocalDate.of(2024, 1, 1), TODAY));
        }

        @ParameterizedTest
        @EnumSource(ActivityStatus.class)
        void activityWithoutDeadlineIsNeverOverdue(ActivityStatus status) {
            assertFalse(DeadlineRules.isOverdue(status, null, TODAY));
        }
    }

    @Nested
    class Upcoming {

        @ParameterizedTest
        @EnumSource(value = ActivityStatus.class, names = {"PLANNED", "IN_PROGRESS"})
        void deadlineTodayIsUpcoming(ActivityStatus status) {
            assertTrue(DeadlineRules.isUpcoming(status, TODAY, TODAY, 14));
        }

        @Test
        void deadlineOnTheLastDayOfTheWindowIsUpcoming() {
            assertTrue(DeadlineRules.isUpcoming(ActivityStatus.PLANNED, LocalDate.of(2025, 3, 28), TODAY, 14));
        }

        @Test
        void deadlineInsideTheWindowIsUpcoming() {
            assertTrue(DeadlineRules.isUpcoming(ActivityStatus.PLANNED, LocalDate.of(2025, 3, 20), TODAY, 14));
        }

        @Test
        void deadlineTheDayAfterTheWindowIsNotUpcoming() {
            assertFalse(DeadlineRules.isUpcoming(ActivityStatus.PLANNED, LocalDate.of(2025, 3, 29), TODAY, 14));
        }

        @Test
        void deadlineYesterdayIsNotUpcoming() {
            assertFalse(DeadlineRules.isUpcoming(ActivityStatus.PLANNED, LocalDate.of(2025, 3, 13), TODAY, 14));
        }

        @Test
        void aZeroDayWindowHoldsOnlyToday() {
            assertTrue(DeadlineRules.isUpcoming(ActivityStatus.PLANNED, TODAY, TODAY, 0));
            assertFalse(DeadlineRules.isUpcoming(ActivityStatus.PLANNED, LocalDate.of(2025, 3, 15), TODAY, 0));
        }

        @Test
        void theWidestWindowReachesAYearAndADayAhead() {
            assertTrue(DeadlineRules.isUpcoming(ActivityStatus.PLANNED, LocalDate.of(2026, 3, 15), TODAY,
                    DeadlineRules.MAX_DAYS));
            assertFalse(DeadlineRules.isUpcoming(ActivityStatus.PLANNED, LocalDate.of(2026, 3, 16), TODAY,
                    DeadlineRules.MAX_DAYS));
        }

        @ParameterizedTest
        @EnumSource(value = ActivityStatus.class, names = {"COMPLETED", "CANCELLED"})
        void closedActivityIsNeverUpcoming(ActivityStatus status) {
            assertFalse(DeadlineRules.isUpcoming(status, TODAY, TODAY, 14));
            assertFalse(DeadlineRules.isUpcoming(status, LocalDate.of(2025, 3, 20), TODAY, 14));
        }

        @ParameterizedTest
        @EnumSource(ActivityStatus.class)
        void activityWithoutDeadlineIsNeverUpcoming(ActivityStatus status) {
            assertFalse(DeadlineRules.isUpcoming(status, null, TODAY, 14));
        }
    }
}
