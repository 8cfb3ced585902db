package dk.handleplan.kernel;

import static org.junit.jupiter.api.Assertions.assertAll;
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
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimePointTest {

    private static final String FIELD = "timeFrame.end";

    private static TimePoint parse(String text) {
        return TimePoint.parse(text, FIELD);
    }

    private static void assertRange(TimePoint point, TimePoint.Kind kind, String from, String to) {
        assertAll(
                () -> assertEquals(kind, point.kind(), "kind"),
                () -> assertEquals(LocalDate.parse(from), point.from(), "from"),
                () -> assertEquals(LocalDate.parse(to), point.to(), "to"));
    }

    @Nested
    class Resolving {

        @Test
        void exactDateResolvesToThatSingleDay() {
            TimePoint point = parse("2024-12-04");
            assertRange(point, TimePoint.Kind.DATE, "2024-12-04", "2024-12-04");
            assertEquals("2024-12-04", point.spec());
        }

        @Test
        void leapDayIsAcceptedInALeapYear() {
            assertRange(parse("2024-02-29"), TimePoint.Kind.DATE, "2024-02-29", "2024-02-29");
        }

        @Test
        void yearResolvesToJanuaryFirstThroughDecemberLast() {
            assertRange(parse("2025"), TimePoint.Kind.YEAR, "2025-01-01", "2025-12-31");
        }

        @ParameterizedTest(name = "{0} is {1} to {2}")
        @CsvSource({
            "2025-H1, 2025-01-01, 2025-06-30",
            "2025-H2, 2025-07-01, 2025-12-31",
        })
        void halfResolvesToItsSixMonths(String spec, String from, String to) {
            assertRange(parse(spec), TimePoint.Kind.HALF, from, to);
        }

        @ParameterizedTest(name = "{0} is {1} to {2}")
        @CsvSource({
            "2025-Q1, 2025-01-01, 2025-03-31",
            "2025-Q2, 2025-04-01, 2025-06-30",
            "2025-Q3, 2025-07-01, 2025-09-30",
            "2025-Q4, 2025-10-01, 2025-12-31",
        })
        void quarterResolvesToItsThreeMonths(String spec, String from, String to) {
            assertRange(parse(spec), TimePoint.Kind.QUARTER, from, to);
        }

        @ParameterizedTest(name = "{0} is {1} to {2}")
        @CsvSource({
            "2025-01, 2025-01-01, 2025-01-31",
            "2025-02, 2025-02-01, 2025-02-28",
            "2024-02, 2024-02-01, 2024-02-29",
            "2025-04, 2025-04-01, 2025-04-30",
            "2025-12, 2025-12-01, 2025-12-31",
        })
        void monthResolvesToItsFirstAndLastDay(String spec, String from, String to) {
            assertRange(parse(spec), TimePoint.Kind.MONTH, from, to);
        }

        @ParameterizedTest(name = "{0} is {1} to {2}")
        @CsvSource({
            "2025-spring, 2025-03-01, 2025-05-31",
            "2025-summer, 2025-06-01, 2025-08-31",
            "2025-autumn, 2025-09-01, 2025-11-30",
        })
        void seasonResolvesToItsThreeMeteorologicalMonths(String spec, String from, String to) {
            assertRange(parse(spec), TimePoint.Kind.SEASON, from, to);
        }

        @Test
        void winterRunsFromDecemberIntoFebruaryOfTheNextYear() {
            assertRange(parse("2024-winter"), TimePoint.Kind.SEASON, "2024-12-01", "2025-02-28");
        }

        @Test
        void winterEndsOnFebruary29WhenTheNextYearIsALeapYear() {
            assertRange(parse("2023-winter"), TimePoint.Kind.SEASON, "2023-12-01", "2024-02-29");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ongoing", "ONGOING", " Ongoing "})
        void ongoingIsAcceptedInAnyCaseAndHasNoDates(String text) {
            TimePoint point = parse(text);
            assertAll(
                    () -> assertEquals(TimePoint.Kind.ONGOING, point.kind()),
                    () -> assertTrue(point.isOngoing()),
                    () -> assertEquals("ongoing", point.spec()),
                    () -> assertNull(point.from()),
                    () -> assertNull(point.to()));
        }

        @Test
        void surroundingWhitespaceIsIgnoredAndNotKeptInTheSpec() {
            TimePoint point = parse("  2025-Q2  ");
            assertEquals("2025-Q2", point.spec());
            assertEquals(LocalDate.of(2025, 4, 1), point.from());
        }

        @Test
        void periodsAreNotOngoing() {
            assertFalse(parse("2025-03").isOngoing());
        }

        @Test
        void yearsAtBothBoundariesAreAccepted() {
            assertEquals(2000, parse("2000").from().getYear());
            assertEquals(2099, parse("2099").to().getYear());
        }

        @Test
        void ofDateGivesTheSameAsParsingItsIsoForm() {
            TimePoint point = TimePoint.of(LocalDate.of(2025, 3, 14));
            assertEquals(parse("2025-03-14"), point);
            assertEquals(TimePoint.Kind.DATE, point.kind());
            assertEquals(LocalDate.of(2025, 3, 14), point.to());
        }

        @Test
        void pointsWithTheSameSpecAreEqualAndDifferentSpecsAreNot() {
            assertEquals(parse("2025-Q1"), parse("2025-Q1"));
            assertEquals(parse("2025-Q1").hashCode(), parse("2025-Q1").hashCode());
            assertFalse(parse("2025-Q1").equals(parse("2025-01")));
        }
    }

    @Nested
    class Rejecting {

        @ParameterizedTest(name = "\"{0}\" is rejected")
        @ValueSource(strings = {"2025-Q5", "2025-Q0", "2025-13", "2025-00", "2025-H3", "2025-H0", "2025-02-30",
            "2025-02-29", "2025-04-31", "1999", "2100", "abc", "2025-fall", "2025-Spring", "25-03", "2025/03",
            "2025-3", "2025-03-1", "ongoingish", "1999-12-31", "2100-spring"})
        void invalidTextIsRejectedNamingTheGivenField(String text) {
            ValidationException e = assertThrows(ValidationException.class, () -> parse(text));
            assertEquals(1, e.errors().size());
            assertEquals(FIELD, e.errors().get(0).field());
        }

        @ParameterizedTest(name = "\"{0}\" is rejected")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void missingTextIsRejectedNamingTheGivenField(String text) {
            ValidationException e = assertThrows(ValidationException.class, () -> parse(text));
            assertEquals(FIELD, e.errors().get(0).field());
        }

        @Test
        void theFieldNamedIsTheOneTheCallerPassed() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> TimePoint.parse("2025-Q5", "timeFrame.start"));
            assertEquals("timeFrame.start", e.errors().get(0).field());
        }

        @Test
        void theMessageQuotesTheRejectedText() {
            ValidationException e = assertThrows(ValidationException.class, () -> parse("2025-Q5"));
            assertTrue(e.errors().get(0).message().contains("'2025-Q5'"), e.errors().get(0).message());
        }

        @Test
        void veryLongRejectedTextIsShortenedInTheMessage() {
            String text = "x".repeat(100);
            ValidationException e = assertThrows(ValidationException.class, () -> parse(text));
            String message = e.errors().get(0).message();
            assertFalse(message.contains(text), message);
            assertTrue(message.contains("x".repeat(40) + "..."), message);
        }
    }

    @Nested
    class Danish {

        @ParameterizedTest(name = "{0} reads \"{1}\"")
        @CsvSource(delimiter = '|', value = {
            "2024-08       | august 2024",
            "2025-01       | januar 2025",
            "2025-03       | marts 2025",
            "2025-05       | maj 2025",
            "2025-12       | december 2025",
            "2025-spring   | foråret 2025",
            "2025-summer   | sommeren 2025",
            "2024-autumn   | efteråret 2024",
            "2024-winter   | vinteren 2024/25",
            "2099-winter   | vinteren 2099/00",
            "2025-Q1       | 1. kvartal 2025",
            "2025-Q2       | 2. kvartal 2025",
            "2025-Q4       | 4. kvartal 2025",
            "2025-H1       | 1. halvår 2025",
            "2025-H2       | 2. halvår 2025",
            "2025          | i 2025",
            "2024-12-04    | den 4. december 2024",
            "2025-06-30    | den 30. juni 2025",
            "ongoing       | løbende",
        })
        void eachKindReadsAsPlansWriteIt(String spec, String expected) {
            assertEquals(expected, parse(spec).danish());
        }

        @Test
        void danishDateHasNoLeadingZeroAndNoArticle() {
            assertEquals("1. februar 2026", TimePoint.danishDate(LocalDate.of(2026, 2, 1)));
        }
    }
}
