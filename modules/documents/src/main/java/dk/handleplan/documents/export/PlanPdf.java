package dk.handleplan.documents.export;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.PlanRows;
import java.util.HashMap;
import java.util.Map;

/**
 * The plan as Socialtilsyn's PDF: A4 landscape, the header, the legends, and the 8-column table grouped by
 * theme with new text in green and completed text struck through; the table header on every page, rows
 * that may break across pages, "side X af Y".
 */
public final class PlanPdf {

    private PlanPdf() {
    }

    public static byte[] write(PlanDocument document) {
        Map<String, Object> model = new HashMap<>();
        model.put("doc", document);
        model.put("h", document.header());
        model.put("rows", PlanRows.of(document));
        model.put("lines", DocumentText.headerLines(document.header()));
        model.put("added", DocumentText.addedLegend(document.header()));
        model.put("completed", DocumentText.COMPLETED_LEGEND);
        model.put("columns", DocumentText.COLUMNS);
        model.put("text", new Texts());
        return PdfRendering.render("plan", model);
    }

    /** What the template calls for the forms that {@link DocumentText} owns. */
    public static final class Texts {
        public String status(PlanDocument.Activity a) {
            return DocumentText.statusLine(a);
        }

        public String note(PlanDocument.Note n) {
            return DocumentText.noteLine(n);
        }

        public java.util.List<String> paragraphs(String text) {
            return DocumentText.paragraphs(text);
        }

        public String date(java.time.LocalDate date) {
            return DocumentText.date(date);
        }
    }
}
