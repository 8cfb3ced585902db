package dk.handleplan.documents.wordimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Danish time text as plans write it, to the stored start and end of a time frame. */
class TimeFrameTextTest {

    @ParameterizedTest(name = "{0} -> {1} .. {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "august 2024|2024-08|2024-08",
        "foråret 2025|2025-spring|2025-spring",
        "2. kvartal 2025|2025-Q2|2025-Q2",
        "2. + 3. kvartal 2025|2025-Q2|2025-Q3",
        "4. december 2024 kl. 13-15|2024-12-04|2024-12-04",
        "Vinteren 2025/26|2025-winter|2025-winter",
        "Igangsættes august 2024, forventes afsluttet foråret 2025|2024-08|2025-spring",
        "Igangsættes juni 2026, løbende|2026-06|ongoing",
        "Forventes afsluttet 3. kvartal 2025|-|2025-Q3",
        "august 2024 - december 2024|2024-08|2024-12",
        "1. halvår 2025|2025-H1|2025-H1",
        "2025|2025|2025",
    })
    void readsThePeriodsPlansAreWrittenIn(String text, String start, String end) {
        TimeFrameText.Frame frame = TimeFrameText.read(text);
        assertEquals(start, frame == null ? "no frame" : frame.start(), text);
        assertEquals(end, frame.end(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"når det passer", "snarest", "2. kvartal 2125", "31. februar 2025"})
    void leavesWhatItDoesNotUnderstand(String text) {
        assertNull(TimeFrameText.read(text), text);
    }
}
