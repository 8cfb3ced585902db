package dk.handleplan.documents.wordimport;

import static dk.handleplan.documents.wordimport.TestDocx.italic;
import static dk.handleplan.documents.wordimport.TestDocx.para;
import static dk.handleplan.documents.wordimport.TestDocx.spanning;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.PlanDocument.Activity;
import dk.handleplan.documents.PlanDocument.Goal;
import dk.handleplan.documents.PlanDocument.Mark;
import dk.handleplan.documents.PlanDocument.Note;
import dk.handleplan.documents.PlanDocument.Section;
import dk.handleplan.documents.wordimport.TestDocx.CellSpec;
import dk.handleplan.documents.wordimport.TestDocx.Para;
import dk.handleplan.documents.wordimport.TestDocx.Run;
import dk.handleplan.kernel.TimePoint;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A stand-in for the export's PlanDocx: writes a PlanDocument in the export layout (one row per
 * activity, Tema/Emne on a section's first row, Mål/Forventede effekt on a goal's first row, the
 * "Status:" paragraph, milestones and notes as paragraphs, green for ADDED, struck for COMPLETED).
 * Options let tests shuffle the columns and add a title row and an explanation row.
 */
final class LayoutDocxWriter implements Function<PlanDocument, byte[]> {

    static final List<Column> EXPORT_ORDER = List.of(Column.values());

    private final List<Column> order;
    private final String titleRow;
    private final boolean explanationRow;

    LayoutDocxWriter(List<Column> order, String titleRow, boolean explanationRow) {
        this.order = order;
        this.titleRow = titleRow;
        this.explanationRow = explanationRow;
    }

    /** The export's own layout: header paragraphs, then the table in export order. */
    static LayoutDocxWriter exportLayout() {
        return new LayoutDocxWriter(EXPORT_ORDER, null, false);
    }

    @Override
    public byte[] apply(PlanDocument document) {
        TestDocx docx = new TestDocx();
        PlanDocument.Header h = document.header();
        if (h.planTitle() != null) {
            docx.title(h.planTitle());
        }
        if (h.offerName() != null) {
            docx.paragraph(h.offerName());
        }
        if (h.planTitle() != null) {
            docx.paragraph(h.planTitle(), "Title");
        }
        if (h.authority() != null) {
            docx.paragraph("Svar på tilsynsrapport fra " + h.authority());
        }
        if (h.visitDate() != null) {
            docx.paragraph("Tilsynsbesøg " + TimePoint.danishDate(h.visitDate()));
        }
        if (h.reportDate() != null) {
            docx.paragraph("Rapport " + TimePoint.danishDate(h.reportDate()));
        }
        if (h.revisionDate() != null) {
            docx.paragraph("Opdateret " + TimePoint.danishDate(h.revisionDate()));
        }
        if (h.revisionNumber() != null) {
            docx.paragraph("Revision " + h.revisionNumber());
        }
        if (h.addedSince() != null) {
            docx.paragraph("Tekst i grønt er tilføjet siden " + TimePoint.danishDate(h.addedSince()));
        }
        docx.paragraph("Overstreget tekst er gennemført");

        List<List<CellSpec>> rows = new ArrayList<>();
        if (titleRow != null) {
            rows.add(List.of(spanning(order.size(), titleRow)));
        }
        rows.add(order.stream().map(c -> TestDocx.cell(c.danish())).toList());
        if (explanationRow) {
            rows.add(order.stream().map(c -> TestDocx.cell(para(italic(explanation(c))))).toList());
        }
        for (Section section : document.sections()) {
            boolean firstOfSection = true;
            List<Goal> goals = section.goals().isEmpty() ? java.util.Collections.singletonList(null) : section.goals();
            for (Goal goal : goals) {
                boolean firstOfGoal = true;
                List<Activity> activities = goal == null || goal.activities().isEmpty()
                        ? java.util.Collections.singletonList(null) : goal.activities();
                for (Activity activity : activities) {
                    Map<Column, List<Para>> cells = new EnumMap<>(Column.class);
                    if (firstOfSection) {
                        cells.put(Column.TEMA, lines(section.themeName(), section.mark()));
                        List<Para> emne = lines(section.subject(), section.mark());
                        if (section.departmentName() != null) {
                            emne.add(line("Afdeling: " + section.departmentName(), section.mark()));
                        }
                        cells.put(Column.EMNE, emne);
                    }
                    if (goal != null && firstOfGoal) {
                        cells.put(Column.MAAL, lines(goal.text(), goal.mark()));
                        cells.put(Column.EFFEKT, lines(goal.expectedEffect(), goal.mark()));
                    }
                    if (activity != null) {
                        Mark mark = activity.mark();
                        List<Para> hvad = lines(activity.description(), mark);
                        hvad.add(line(statusLine(activity), mark));
                        cells.put(Column.HVAD, hvad);
                        List<Para> hvornaar = lines(activity.when(), mark);
                        activity.milestones().forEach(m -> hvornaar.add(line(m, mark)));
                        cells.put(Column.HVORNAAR, hvornaar);
                        List<Para> dokumentation = lines(activity.documentation(), mark);
                        for (Note note : activity.notes()) {
                            dokumentation.add(line(TimePoint.danishDate(note.date()) + ": " + note.text()
                                    + (note.author() == null ? "" : " (" + note.author() + ")"), note.mark()));
                        }
                        cells.put(Column.DOKUMENTATION, dokumentation);
                        cells.put(Column.HVEM, lines(activity.responsible(), mark));
                    }
                    rows.add(order.stream().map(c -> TestDocx.cell(cells.getOrDefault(c, List.of())
                            .toArray(Para[]::new))).toList());
                    firstOfSection = false;
                    firstOfGoal = false;
                }
            }
        }
        docx.table(rows);
        return docx.bytes();
    }

    static String statusLine(Activity activity) {
        String line = "Status: " + activity.status();
        if (activity.completedOn() != null) {
            line += " (" + TimePoint.danishDate(activity.completedOn()) + ")";
        }
        if (activity.cancelReason() != null) {
            line += ": " + activity.cancelReason();
        }
        return line;
    }

    private static String explanation(Column column) {
        return switch (column) {
            case TEMA -> "Hvilket tema";
            case EMNE -> "Hvad skal ændres og hvorfor";
            case MAAL -> "Hvad er de konkrete mål";
            case HVAD -> "Hvilke aktiviteter gennemføres";
            case HVORNAAR -> "Tidsramme: start og slut";
            case DOKUMENTATION -> "Hvordan følges og dokumenteres målene";
            case HVEM -> "Hvem er ansvarlig for udførelse og opfølgning";
            case EFFEKT -> "Hvilket resultat forventes";
        };
    }

    private static List<Para> lines(String text, Mark mark) {
        List<Para> paragraphs = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            for (String line : text.split("\n")) {
                paragraphs.add(line(line, mark));
            }
        }
        return paragraphs;
    }

    private static Para line(String text, Mark mark) {
        return para(new Run(text, mark == Mark.ADDED ? "00B050" : null, mark == Mark.COMPLETED, false));
    }
}
