package dk.handleplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.handleplan.kernel.ValidationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void readsWritesAndCounts() {
        Quarter q = Quarter.parse("2024-q1", "quarter");
        assertEquals("2024-Q1", q.toString());
        assertEquals(91, q.days(), "a leap year's first quarter");
        assertEquals(90, Quarter.parse("2025-Q1", "quarter").days());
        assertEquals(LocalDate.of(2025, 9, 30), Quarter.parse("2025-Q3", "quarter").lastDay());
        assertEquals(Quarter.parse("2024-Q4", "q"), Quarter.parse("2025-Q1", "q").previous());
        assertEquals(Quarter.parse("2026-Q1", "q"), Quarter.parse("2025-Q4", "q").next());
        assertEquals(Quarter.parse("2025-Q2", "q"), Quarter.of(LocalDate.of(2025, 6, 30)));
        assertEquals("2. kvartal 2025", Quarter.parse("2025-Q2", "q").danish());
        assertEquals(List.of("2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"),
                Quarter.parse("2025-Q2", "q").lastQuarters(4).stream().map(Quarter::toString).toList());
        assertEquals(365, Quarter.parse("2025-Q4", "q").lastQuarters(4).stream().mapToInt(Quarter::days).sum());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-Q5", "2025-Q0", "2025Q1", "25-Q1", "1999-Q4", "2100-Q1", "", "Q1-2025"})
    void refusesWhatIsNoQuarter(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> Quarter.parse(text, "quarter"));
        assertEquals("quarter", e.errors().get(0).field());
    }
}
