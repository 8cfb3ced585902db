package dk.handleplan.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.handleplan.kernel.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineFilterTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void missingFilterMeansAll(String text) {
        assertEquals(DeadlineFilter.ALL, DeadlineFilter.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "overdue    | OVERDUE",
        "OVERDUE    | OVERDUE",
        "Overdue    | OVERDUE",
        "upcoming   | UPCOMING",
        "UpComing   | UPCOMING",
        "all        | ALL",
        "ALL        | ALL",
    })
    void filterIsParsedInAnyCase(String text, DeadlineFilter expected) {
        assertEquals(expected, DeadlineFilter.parse(text));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertEquals(DeadlineFilter.UPCOMING, DeadlineFilter.parse("  upcoming "));
        assertEquals(DeadlineFilter.OVERDUE, DeadlineFilter.parse("\toverdue\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"late", "overdu", "over due", "forfalden", "none", "1"})
    void unknownFilterIsRejectedNamingTheStatusField(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> DeadlineFilter.parse(text));
        assertEquals(1, e.errors().size());
        assertEquals("status", e.errors().get(0).field());
    }
}
