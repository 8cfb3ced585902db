package dk.handleplan.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFrameTest {

    private static TimePoint point(String spec) {
        return TimePoint.parse(spec, "test");
    }

    private static String onlyField(ValidationException e) {
        assertEquals(1, e.errors().size(), () -> "errors: " + e.errors());
        return e.errors().get(0).field();
    }

    @Nested
    class Validation {

        @Test
        void endBeforeStartIsRejectedOnTheEnd() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> new TimeFrame(point("2025-06"), point("2025-05")));
            assertEquals("timeFrame.end", onlyField(e));
        }

        @Test
        void endDateTheDayBeforeAnExactStartIsRejected() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> new TimeFrame(point("2025-03-14"), point("2025-03-13")));
            assertEquals("timeFrame.end", onlyField(e));
        }

        @Test
        void endPeriodEndingBeforeAStartPeriodBeginsIsRejected() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> new TimeFrame(point("2025-H2"), point("2025-Q2")));
            assertEquals("timeFrame.end", onlyField(e));
        }

        @Test
        void overlappingPeriodsAreAllowedEvenWhenTheEndStartsFirst() {
            TimeFrame frame = new TimeFrame(point("2025-spring"), point("2025-03"));
            assertEquals(LocalDate.of(2025, 3, 31), frame.deadline());
        }

        @Test
        void endPeriodContainingTheStartIsAllowed() {
            TimeFrame frame = new TimeFrame(point("2025-05-20"), point("2025-Q2"));
            assertEquals(LocalDate.of(2025, 6, 30), frame.deadline());
        }

        @Test
        void startAndEndOnTheSameDayIsAllowed() {
            TimeFrame frame = new TimeFrame(point("2025-03-14"), point("2025-03-14"));
            assertEquals(LocalDate.of(2025, 3, 14), frame.deadline());
        }

        @Test
        void ongoingAsStartIsRejectedOnTheStart() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> new TimeFrame(point("ongoing"), point("2025-03")));
            assertEquals("timeFrame.start", onlyField(e));
        }

        @Test
        void ongoingAsStartIsRejectedEvenWithoutAnEnd() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> new TimeFrame(point("ongoing"), null));
            assertEquals("timeFrame.start", onlyField(e));
        }

        @Test
        void ongoingEndIsAllowedAfterAnyStart() {
            TimeFrame frame = new TimeFrame(point("2099-12-31"), point("ongoing"));
            assertTrue(frame.isOngoing());
        }

        @Test
        void parseTreatsBlankAsNotGiven() {
            TimeFrame frame = TimeFrame.parse("  ", null);
            assertNull(frame.start());
            assertNull(frame.end());
            assertEquals(TimeFrame.NONE, frame);
        }

        @Test
        void parseNamesTheStartFieldForAnInvalidStart() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> TimeFrame.parse("2025-Q5", "2025-Q4"));
            assertEquals("timeFrame.start", onlyField(e));
        }

        @Test
        void parseNamesTheEndFieldForAnInvalidEnd() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> TimeFrame.parse("2025-Q1", "2025-13"));
            assertEquals("timeFrame.end", onlyField(e));
        }
    }

    @Nested
    class Deadline {

        @ParameterizedTest(name = "end {0} has deadline {1}")
        @CsvSource({
            "2025-03-14,  2025-03-14",
            "2025-03,     2025-03-31",
            "2024-02,     2024-02-29",
            "2025-Q2,     2025-06-30",
            "2025-H1,     2025-06-30",
            "2025,        2025-12-31",
            "2025-spring, 2025-05-31",
            "2025-winter, 2026-02-28",
        })
        void deadlineIsTheLastDayOfTheEndPeriod(String end, String deadline) {
            assertEquals(LocalDate.parse(deadline), new TimeFrame(point("2024-01"), point(end)).deadline());
        }

        @Test
        void deadlineIsNullWhenTheEndIsOngoing() {
            TimeFrame frame = new TimeFrame(point("2024-08"), point("ongoing"));
            assertNull(frame.deadline());
        }

        @Test
        void deadlineIsNullWithoutAnEnd() {
            assertNull(new TimeFrame(point("2024-08"), null).deadline());
            assertNull(TimeFrame.NONE.deadline());
        }

        @Test
        void deadlineDoesNotNeedAStart() {
            assertEquals(LocalDate.of(2025, 11, 30), new TimeFrame(null, point("2025-autumn")).deadline());
        }

        @Test
        void startDateIsTheFirstDayOfTheStartPeriod() {
            assertEquals(LocalDate.of(2025, 7, 1), new TimeFrame(point("2025-H2"), null).startDate());
            assertNull(new TimeFrame(null, point("2025-H2")).startDate());
        }

        @Test
        void onlyAnOngoingEndMakesTheFrameOngoing() {
            assertFalse(new TimeFrame(point("2024-08"), point("2025")).isOngoing());
            assertFalse(TimeFrame.NONE.isOngoing());
            assertTrue(new TimeFrame(null, point("ongoing")).isOngoing());
        }
    }

    @Nested
    class Danish {

        @Test
        void startAndEndReadAsStartedAndExpectedFinished() {
            assertEquals("Igangsættes august 2024, forventes afsluttet foråret 2025",
                    new TimeFrame(point("2024-08"), point("2025-spring")).danish());
        }

        @Test
        void onlyAnEndReadsAsExpectedFinished() {
            assertEquals("Forventes afsluttet 2. kvartal 2025", new TimeFrame(null, point("2025-Q2")).danish());
        }

        @Test
        void onlyAStartReadsAsStarted() {
            assertEquals("Igangsættes den 4. december 2024", new TimeFrame(point("2024-12-04"), null).danish());
        }

        @Test
        void sameStartAndEndIsWrittenOnceAndCapitalised() {
            assertEquals("Vinteren 2025/26", new TimeFrame(point("2025-winter"), point("2025-winter")).danish());
            assertEquals("I 2025", new TimeFrame(point("2025"), point("2025")).danish());
            assertEquals("Den 4. december 2024",
                    new TimeFrame(point("2024-12-04"), point("2024-12-04")).danish());
        }

        @Test
        void differentSpecsCoveringTheSameDatesAreNotMerged() {
            assertEquals("Igangsættes i 2025, forventes afsluttet december 2025",
                    new TimeFrame(point("2025"), point("2025-12")).danish());
        }

        @Test
        void ongoingEndReadsAsOngoingAfterTheStart() {
            assertEquals("Igangsættes august 2024, løbende",
                    new TimeFrame(point("2024-08"), point("ongoing")).danish());
        }

        @Test
        void ongoingWithoutAStartReadsAsCapitalisedOngoing() {
            assertEquals("Løbende", new TimeFrame(null, point("ongoing")).danish());
        }

        @Test
        void noTimeFrameReadsAsEmpty() {
            assertEquals("", TimeFrame.NONE.danish());
        }
    }
}
