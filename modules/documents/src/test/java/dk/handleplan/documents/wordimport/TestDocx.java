package dk.handleplan.documents.wordimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Builds small Word documents for the tests with POI's plain XWPF API: paragraphs and tables of formatted runs. */
final class TestDocx {

    /** A run of text with the formatting plans use. */
    record Run(String text, String color, boolean struck, boolean italic) {
    }

    /** A paragraph of runs; in a cell, one paragraph per line. */
    record Para(List<Run> runs) {
    }

    /** A cell: paragraphs, optionally spanning grid columns or continuing a vertical merge. */
    record CellSpec(List<Para> paragraphs, int span, boolean mergeContinue, boolean mergeStart) {
    }

    static Run text(String text) {
        return new Run(text, null, false, false);
    }

    static Run green(String text) {
        return new Run(text, "00B050", false, false);
    }

    static Run struck(String text) {
        return new Run(text, null, true, false);
    }

    static Run italic(String text) {
        return new Run(text, null, false, true);
    }

    static Para para(Run... runs) {
        return new Para(List.of(runs));
    }

    /** A cell of plain paragraphs, one per string; no strings is an empty cell. */
    static CellSpec cell(String... paragraphs) {
        return new CellSpec(Arrays.stream(paragraphs).map(p -> para(text(p))).toList(), 1, false, false);
    }

    static CellSpec cell(Para... paragraphs) {
        return new CellSpec(List.of(paragraphs), 1, false, false);
    }

    static CellSpec spanning(int span, String text) {
        return new CellSpec(List.of(para(text(text))), span, false, false);
    }

    static CellSpec mergeStart(String... paragraphs) {
        return new CellSpec(Arrays.stream(paragraphs).map(p -> para(text(p))).toList(), 1, false, true);
    }

    static CellSpec mergeContinue() {
        return new CellSpec(List.of(), 1, true, false);
    }

    private final XWPFDocument document = new XWPFDocument();

    TestDocx title(String coreTitle) {
        document.getProperties().getCoreProperties().setTitle(coreTitle);
        return this;
    }

    TestDocx paragraph(String text) {
        return paragraph(text, null);
    }

    TestDocx paragraph(String text, String style) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
        return this;
    }

    /** A table of rows of cells. */
    TestDocx table(List<List<CellSpec>> rows) {
        XWPFTable table = document.createTable(rows.size(), 1);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<CellSpec> specs = rows.get(r);
            for (int c = 0; c < specs.size(); c++) {
                XWPFTableCell cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
                fill(cell, specs.get(c));
            }
        }
        return this;
    }

    private static void fill(XWPFTableCell cell, CellSpec spec) {
        if (spec.span() > 1) {
            cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(spec.span()));
        }
        if (spec.mergeContinue() || spec.mergeStart()) {
            var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            pr.addNewVMerge().setVal(spec.mergeStart() ? STMerge.RESTART : STMerge.CONTINUE);
        }
        List<Para> paragraphs = spec.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            XWPFParagraph paragraph = p == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            for (Run run : paragraphs.get(p).runs()) {
                XWPFRun r = paragraph.createRun();
                r.setText(run.text());
                if (run.color() != null) {
                    r.setColor(run.color());
                }
                r.setStrikeThrough(run.struck());
                r.setItalic(run.italic());
            }
        }
    }

    static List<List<CellSpec>> rows(List<CellSpec>... rows) {
        return new ArrayList<>(List.of(rows));
    }

    byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
