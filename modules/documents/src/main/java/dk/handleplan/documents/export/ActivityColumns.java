package dk.handleplan.documents.export;

import dk.handleplan.documents.PlanDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per activity with every column, for the spreadsheet and the CSV: the table's columns, the
 * department, the stored time frame, status and dates, milestones and notes, and what changed.
 */
final class ActivityColumns {

    static final List<String> HEADERS = List.of("Tema", "Emne", "Afdeling", "Mål", "Forventede effekt", "Hvad",
            "Hvornår", "Start", "Slut", "Dokumentation", "Hvem", "Status", "Gennemført", "Begrundelse for aflysning",
            "Milepæle", "Noter", "Ændring");
    /** The index of the one date column, written as a date cell in the spreadsheet. */
    static final int COMPLETED_ON = 12;

    private ActivityColumns() {
    }

    /** A row of cells: strings, and a LocalDate (or null) at {@link #COMPLETED_ON}. */
    static List<List<Object>> rows(PlanDocument document) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlanDocument.Section s : document.sections()) {
            for (PlanDocument.Goal g : s.goals()) {
                for (PlanDocument.Activity a : g.activities()) {
                    List<Object> row = new ArrayList<>();
                    row.add(s.themeName());
                    row.add(s.subject());
                    row.add(s.departmentName());
                    row.add(g.text());
                    row.add(g.expectedEffect());
                    row.add(a.description());
                    row.add(a.when());
                    row.add(a.timeStart());
                    row.add(a.timeEnd());
                    row.add(a.documentation());
                    row.add(a.responsible());
                    row.add(a.status());
                    row.add(a.completedOn());
                    row.add(a.cancelReason());
                    row.add(String.join("\n", a.milestones()));
                    row.add(String.join("\n", a.notes().stream().map(DocumentText::noteLine).toList()));
                    row.add(switch (a.mark()) {
                        case ADDED -> "Tilføjet";
                        case COMPLETED -> "Gennemført";
                        case NONE -> "";
                    });
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof LocalDate date ? date.toString() : cell.toString();
    }
}
