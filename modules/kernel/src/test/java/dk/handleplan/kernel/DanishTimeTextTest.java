package dk.handleplan.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DanishTimeTextTest {

    @ParameterizedTest
    @CsvSource({
        "august 2024, 2024-08", "Aug 2024, 2024-08", "foråret 2025, 2025-spring", "forår 2025, 2025-spring",
        "sommeren 2025, 2025-summer", "efteråret 2024, 2024-autumn", "vinteren 2024/25, 2024-winter",
        "2. kvartal 2025, 2025-Q2", "2 kvartal 2025, 2025-Q2", "1. halvår 2025, 2025-H1", "2025, 2025",
        "i 2025, 2025", "den 4. december 2024, 2024-12-04", "4. december 2024, 2024-12-04",
        "15.3.2025, 2025-03-15", "15/03/2025, 2025-03-15", "løbende, ongoing", "LØBENDE, ongoing",
        "2025-Q3, 2025-Q3", "2024-winter, 2024-winter", "2025-03-01, 2025-03-01"
    })
    void readsWhatPlansWrite(String written, String spec) {
        assertEquals(spec, DanishTimeText.toSpec(written, "end"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-12-04", "2025", "2025-H2", "2025-Q4", "2025-11", "2025-spring", "2025-summer",
        "2024-autumn", "2024-winter", "ongoing"})
    void readsBackEveryPhraseItWrites(String spec) {
        TimePoint point = TimePoint.parse(spec, "x");
        assertEquals(spec, DanishTimeText.toSpec(point.danish(), "x"), point.danish());
    }

    @ParameterizedTest
    @ValueSource(strings = {"snart", "31. februar 2025", "13. kvartal 2025", "5. kvartal 2025", "juni", "3000",
        "32.1.2025", "foråret"})
    void refusesWhatIsNoTimePointWithDanishExamples(String written) {
        ValidationException e = assertThrows(ValidationException.class, () -> DanishTimeText.toSpec(written, "start"));
        assertEquals("start", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("Skriv fx"), e.errors().get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankIsNoTimePoint(String written) {
        assertNull(DanishTimeText.toSpec(written, "start"));
    }
}
