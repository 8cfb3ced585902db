package dk.handleplan.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * The monitoring appendix of a plan's export: the quarterly key figures of the plan's period with their
 * charts, and the coercion follow-up summary (counts and follow-up status only, never personal details).
 *
 * @param period the quarters covered, in Danish ("1. kvartal 2024 – 4. kvartal 2025")
 * @param charts the trend charts, each with the table that holds its numbers
 * @param tables further tables (the coercion summary, the annual key figures)
 */
public record MonitoringAppendix(String offerName, String planTitle, String period, LocalDate generatedOn,
        List<Chart> charts, List<Table> tables) {

    public MonitoringAppendix {
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    /** A chart as a PNG image, with a text alternative and its numbers. */
    public record Chart(String title, String description, byte[] png, Table data) {
    }
}
