package dk.handleplan.documents.export;

import dk.handleplan.documents.PlanDocument;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words every export writes the same way: Danish dates, the legends, the status line of an activity,
 * a note, and texts split into paragraphs. The Word import reads these forms back.
 */
public final class DocumentText {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    public static final String COMPLETED_LEGEND = "Overstreget tekst er gennemført";
    public static final List<String> COLUMNS = List.of("Tema", "Emne", "Mål", "Hvad", "Hvornår", "Dokumentation",
            "Hvem", "Forventede effekt");

    private DocumentText() {
    }

    /** "15. januar 2025". */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "Tekst i grønt er tilføjet siden 15. januar 2025", or null when nothing is compared. */
    public static String addedLegend(PlanDocument.Header header) {
        return header.addedSince() == null ? null : "Tekst i grønt er tilføjet siden " + date(header.addedSince());
    }

    /** "Status: Gennemført (4. februar 2025)", "Status: Aflyst: Erstattet af temadag", "Status: I gang". */
    public static String statusLine(PlanDocument.Activity activity) {
        StringBuilder line = new StringBuilder("Status: ").append(activity.status() == null ? "" : activity.status());
        if (activity.completedOn() != null) {
            line.append(" (").append(date(activity.completedOn())).append(')');
        }
        if (activity.cancelReason() != null && !activity.cancelReason().isBlank()) {
            line.append(": ").append(activity.cancelReason());
        }
        return line.toString();
    }

    /** "3. marts 2025: Første mentor er på plads (Jonas Kragh)". */
    public static String noteLine(PlanDocument.Note note) {
        return date(note.date()) + ": " + (note.text() == null ? "" : note.text())
                + (note.author() == null || note.author().isBlank() ? "" : " (" + note.author() + ")");
    }

    /** The header's lines under the title: what the plan answers, and which version it is. */
    public static List<String> headerLines(PlanDocument.Header header) {
        List<String> lines = new ArrayList<>();
        if (header.authority() != null && !header.authority().isBlank()) {
            lines.add("Svar på tilsynsrapport fra " + header.authority());
        }
        List<String> dates = new ArrayList<>();
        if (header.visitDate() != null) {
            dates.add("Tilsynsbesøg " + date(header.visitDate()));
        }
        if (header.reportDate() != null) {
            dates.add("Rapport " + date(header.reportDate()));
        }
        if (!dates.isEmpty()) {
            lines.add(String.join(" · ", dates));
        }
        lines.add(header.revisionNumber() == null ? "Udskrevet " + date(header.generatedOn())
                : "Revision " + header.revisionNumber() + ", opdateret " + header.revisionDate());
        return lines;
    }

    /** A cell's text as its paragraphs (one per line as typed); none for an empty text. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\r?\n", -1));
    }
}
