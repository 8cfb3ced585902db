package dk.handleplan.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void padsColumnsAndEscapesPipes() {
        String table = new MarkdownTable("Request", "p99 ms").row("a|b", MarkdownTable.number(12.345, 1))
                .row("plan tree", 7).toString();
        assertEquals("""
                | Request   | p99 ms |
                |-----------|--------|
                | a\\|b      | 12.3   |
                | plan tree | 7      |
                """, table);
    }

    @Test
    void numbersUseADotWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("da-DK"));
            assertEquals("1234.50", MarkdownTable.number(1234.5, 2));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void rowsMustFitTheHeaders() {
        assertThrows(IllegalArgumentException.class, () -> new MarkdownTable("a", "b").row("only one"));
    }

    @Test
    void optionsAndDurations() {
        Benchmark.Options options = Benchmark.Options.parse("--db", "postgresql", "--soak", "10m", "--clients", "8");
        assertEquals("postgresql", options.db());
        assertEquals(Duration.ofMinutes(10), options.soak());
        assertEquals(8, options.clients());
        assertEquals(Duration.ofSeconds(90), Benchmark.Options.duration("90s"));
        assertThrows(IllegalArgumentException.class, () -> Benchmark.Options.parse("--db", "oracle"));
        assertThrows(IllegalArgumentException.class, () -> Benchmark.Options.parse("--nonsense", "1"));
        assertThrows(IllegalArgumentException.class, () -> Benchmark.Options.duration("ten minutes"));
    }
}
