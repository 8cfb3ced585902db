package dk.handleplan.documents.export;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.PlanDocument.Mark;
import dk.handleplan.documents.PlanRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The plan as a Word file, editable in Word and LibreOffice: A4 landscape, the same header, legends and
 * 8-column table as the PDF, the header row repeated on each page, one paragraph per line, new text in
 * Word's green (00B050) and completed text struck through, as the offers mark it by hand today.
 */
public final class PlanDocx {

    public static final String GREEN = "00B050";
    private static final String FONT = "Calibri";
    private static final int FONT_SIZE = 9;
    /** Column widths in twentieths of a point, summing to the landscape page's text width. */
    private static final int[] WIDTHS = {1400, 2200, 2000, 2700, 1800, 2200, 1400, 2100};

    private PlanDocx() {
    }

    public static byte[] write(PlanDocument document) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PlanDocument.Header h = document.header();
            // The plan's own title: the Word import recognises the title line by it.
            word.getProperties().getCoreProperties().setTitle(h.planTitle());
            word.getProperties().getCoreProperties().setCreator("Handleplan");
            landscape(word);
            paragraph(word.createParagraph(), h.offerName(), Mark.NONE, true, 11);
            paragraph(word.createParagraph(), h.planTitle(), Mark.NONE, true, 16);
            for (String line : DocumentText.headerLines(h)) {
                paragraph(word.createParagraph(), line, Mark.NONE, false, 10);
            }
            XWPFParagraph legend = word.createParagraph();
            if (DocumentText.addedLegend(h) != null) {
                run(legend, DocumentText.addedLegend(h) + ". ", Mark.ADDED, false, 10);
            }
            run(legend, DocumentText.COMPLETED_LEGEND, Mark.COMPLETED, false, 10);
            table(word, document);
            footer(word, h);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument word, PlanDocument document) {
        List<PlanRows> rows = PlanRows.of(document);
        XWPFTable table = word.createTable(1, DocumentText.COLUMNS.size());
        CTTblWidth width = table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(java.util.Arrays.stream(WIDTHS).sum()));
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < DocumentText.COLUMNS.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("D9E2EC");
            cell.setWidth(Integer.toString(WIDTHS[c]));
            paragraph(cell.getParagraphs().get(0), DocumentText.COLUMNS.get(c), Mark.NONE, true, FONT_SIZE);
        }
        for (PlanRows row : rows) {
            XWPFTableRow tableRow = table.createRow();
            tableRow.setCantSplitRow(false); // long rows may continue on the next page
            fill(tableRow.getCell(0), row.firstOfSection() ? List.of(row.section().themeName()) : List.of(),
                    row.section().mark(), true);
            if (row.firstOfSection()) {
                List<String> subject = new java.util.ArrayList<>(DocumentText.paragraphs(row.section().subject()));
                if (row.section().departmentName() != null) {
                    subject.add("Afdeling: " + row.section().departmentName());
                }
                fill(tableRow.getCell(1), subject, row.section().mark(), false);
            }
            if (row.firstOfGoal()) {
                fill(tableRow.getCell(2), DocumentText.paragraphs(row.goal().text()), row.goal().mark(), false);
                fill(tableRow.getCell(7), DocumentText.paragraphs(row.goal().expectedEffect()), row.goal().mark(), false);
            }
            PlanDocument.Activity a = row.activity();
            if (a != null) {
                List<String> what = new java.util.ArrayList<>(DocumentText.paragraphs(a.description()));
                what.add(DocumentText.statusLine(a));
                fill(tableRow.getCell(3), what, a.mark(), false);
                List<String> when = new java.util.ArrayList<>();
                if (a.when() != null) {
                    when.add(a.when());
                }
                when.addAll(a.milestones());
                fill(tableRow.getCell(4), when, a.mark(), false);
                fill(tableRow.getCell(5), DocumentText.paragraphs(a.documentation()), a.mark(), false);
                XWPFTableCell documentation = tableRow.getCell(5);
                for (PlanDocument.Note note : a.notes()) {
                    paragraph(nextParagraph(documentation), DocumentText.noteLine(note),
                            a.mark() == Mark.COMPLETED ? Mark.COMPLETED : note.mark(), false, FONT_SIZE);
                }
                fill(tableRow.getCell(6), a.responsible() == null ? List.of() : List.of(a.responsible()), a.mark(),
                        false);
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                tableRow.getCell(c).setWidth(Integer.toString(WIDTHS[c]));
            }
        }
    }

    /** The cell's paragraphs, one per line; the cell's first (empty) paragraph is used first. */
    private static void fill(XWPFTableCell cell, List<String> lines, Mark mark, boolean bold) {
        for (String line : lines) {
            paragraph(nextParagraph(cell), line, mark, bold, FONT_SIZE);
        }
    }

    private static XWPFParagraph nextParagraph(XWPFTableCell cell) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        return first.getRuns().isEmpty() && cell.getParagraphs().size() == 1 ? first : cell.addParagraph();
    }

    private static void paragraph(XWPFParagraph paragraph, String text, Mark mark, boolean bold, int size) {
        paragraph.setSpacingAfter(60);
        run(paragraph, text, mark, bold, size);
    }

    private static void run(XWPFParagraph paragraph, String text, Mark mark, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        if (mark == Mark.ADDED) {
            run.setColor(GREEN);
        } else if (mark == Mark.COMPLETED) {
            run.setStrikeThrough(true);
        }
    }

    private static void landscape(XWPFDocument word) {
        CTSectPr section = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
                : word.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838)); // A4, 297 mm
        size.setH(BigInteger.valueOf(11906)); // 210 mm
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger oneCentimetre = BigInteger.valueOf(567);
        margins.setTop(oneCentimetre);
        margins.setBottom(oneCentimetre);
        margins.setLeft(oneCentimetre);
        margins.setRight(oneCentimetre);
    }

    /** "side X af Y" with Word's own page fields, so it stays true when the offer edits the file. */
    private static void footer(XWPFDocument word, PlanDocument.Header h) {
        XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, h.offerName() + " · " + h.planTitle() + " · side ", Mark.NONE, false, 8);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " af ", Mark.NONE, false, 8);
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }
}
