package dk.handleplan.documents.wordimport;

import dk.handleplan.documents.PlanDocument.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** The non-blank lines of a table cell. */
record Cell(List<Line> lines) {

    static final Cell EMPTY = new Cell(List.of());

    Cell {
        lines = List.copyOf(lines);
    }

    static Cell of(XWPFTableCell cell) {
        List<Line> lines = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            addLines(paragraph, lines);
        }
        return new Cell(lines);
    }

    static void addLines(XWPFParagraph paragraph, List<Line> into) {
        List<XWPFRun> runs = paragraph.getRuns();
        StringBuilder joined = new StringBuilder();
        for (XWPFRun run : runs) {
            joined.append(run.text());
        }
        String text = paragraph.getText();
        if (!joined.toString().equals(text)) {
            // Content POI does not list as runs (fields, content controls): keep the text, without formatting.
            for (String part : text.split("\n", -1)) {
                add(into, part, 0, 0, 0, 0);
            }
            return;
        }
        LineBuilder line = new LineBuilder();
        for (XWPFRun run : runs) {
            boolean struck = run.isStrikeThrough() || run.isDoubleStrikeThrough();
            boolean green = isGreen(run.getColor());
            boolean italic = run.isItalic();
            for (char c : run.text().toCharArray()) {
                if (c == '\n' || c == '\r') {
                    line.flush(into);
                } else {
                    line.append(c, struck, green, italic);
                }
            }
        }
        line.flush(into);
    }

    /**
     * Green as plans use it: Word's "00B050" and every colour whose green clearly outweighs red and blue
     * ("00FF00", "008000", "92D050"); "auto", theme colours and anything else are not.
     */
    static boolean isGreen(String hex) {
        if (hex == null || !hex.matches("[0-9A-Fa-f]{6}")) {
            return false;
        }
        int rgb = Integer.parseInt(hex, 16);
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return g >= 0x60 && g - Math.max(r, b) >= 0x30;
    }

    private static void add(List<Line> into, String text, int visible, int struck, int green, int italic) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            into.add(new Line(stripped, visible > 0 && struck == visible, green > 0, visible > 0 && italic == visible));
        }
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The lines joined by newlines, or null for an empty cell. */
    String text() {
        return join(lines);
    }

    static String join(List<Line> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        return String.join("\n", lines.stream().map(Line::text).toList());
    }

    /** A cell's text for comparing repeated cells: case and spacing ignored. */
    String key() {
        return isEmpty() ? "" : text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** COMPLETED when every line is struck through, else ADDED when some text is green, else NONE. */
    static Mark mark(List<Line> lines) {
        if (lines.isEmpty()) {
            return Mark.NONE;
        }
        if (lines.stream().allMatch(Line::struck)) {
            return Mark.COMPLETED;
        }
        return lines.stream().anyMatch(Line::green) ? Mark.ADDED : Mark.NONE;
    }

    private static final class LineBuilder {
        private final StringBuilder text = new StringBuilder();
        private int visible;
        private int struck;
        private int green;
        private int italic;

        void append(char c, boolean isStruck, boolean isGreen, boolean isItalic) {
            text.append(c);
            if (!Character.isWhitespace(c)) {
                visible++;
                struck += isStruck ? 1 : 0;
                green += isGreen ? 1 : 0;
                italic += isItalic ? 1 : 0;
            }
        }

        void flush(List<Line> into) {
            add(into, text.toString(), visible, struck, green, italic);
            text.setLength(0);
            visible = struck = green = italic = 0;
        }
    }
}
