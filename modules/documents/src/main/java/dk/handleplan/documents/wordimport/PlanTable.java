package dk.handleplan.documents.wordimport;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * A Word table seen as a plan table: where its header row is, which grid column holds which
 * {@link Column}, and where its data starts after the explanation rows.
 */
final class PlanTable {

    /** The header row is looked for among the first rows only (title rows above it). */
    static final int HEADER_SEARCH_ROWS = 10;

    private static final Set<String> QUESTION_WORDS = Set.of("hvilke", "hvilket", "hvilken", "hvad", "hvordan", "hvem",
            "hvornår", "hvorfor", "hvor", "beskriv", "angiv");
    private static final Pattern STATUS_LINE = Pattern.compile("(?i)status\\s*:.*");

    final XWPFTable table;
    final int headerRow;
    final Map<Column, Integer> positions;
    final int firstDataRow;

    private PlanTable(XWPFTable table, int headerRow, Map<Column, Integer> positions) {
        this.table = table;
        this.headerRow = headerRow;
        this.positions = positions;
        int row = headerRow + 1;
        while (row < table.getNumberOfRows() && isExplanation(cells(table.getRow(row)))) {
            row++;
        }
        this.firstDataRow = row;
    }

    /** The table as a plan table, or null when none of its first rows names the required columns. */
    static PlanTable of(XWPFTable table) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.getNumberOfRows()); i++) {
            Map<Column, Integer> positions = headerPositions(table.getRow(i));
            if (positions.keySet().containsAll(Column.REQUIRED)) {
                return new PlanTable(table, i, positions);
            }
        }
        return null;
    }

    /** The most columns any of the table's first rows names (for telling the user what is missing). */
    static Map<Column, Integer> bestHeader(XWPFTable table) {
        Map<Column, Integer> best = Map.of();
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.getNumberOfRows()); i++) {
            Map<Column, Integer> positions = headerPositions(table.getRow(i));
            if (positions.size() > best.size()) {
                best = positions;
            }
        }
        return best;
    }

    private static Map<Column, Integer> headerPositions(XWPFTableRow row) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        int position = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            String text = Cell.of(cell).text();
            Column column = text == null ? null : Column.ofHeader(text);
            if (column != null) {
                positions.putIfAbsent(column, position);
            }
            position += span(cell);
        }
        return positions;
    }

    /** The row's cells by column; a cell spanning several columns counts for the first of them. */
    Map<Column, Cell> cells(XWPFTableRow row) {
        Map<Column, Cell> cells = new EnumMap<>(Column.class);
        List<XWPFTableCell> tableCells = row.getTableCells();
        int position = 0;
        for (XWPFTableCell cell : tableCells) {
            int span = span(cell);
            Cell content = null;
            for (Map.Entry<Column, Integer> column : positions.entrySet()) {
                if (column.getValue() >= position && column.getValue() < position + span) {
                    if (content == null) {
                        content = Cell.of(cell);
                        cells.put(column.getKey(), content);
                    }
                }
            }
            position += span;
        }
        return cells;
    }

    static Cell cell(Map<Column, Cell> cells, Column column) {
        return cells.getOrDefault(column, Cell.EMPTY);
    }

    /** All cells of a row joined, for a title row above the header. */
    static String rowText(XWPFTableRow row) {
        StringBuilder text = new StringBuilder();
        for (XWPFTableCell cell : row.getTableCells()) {
            String cellText = Cell.of(cell).text();
            if (cellText != null) {
                text.append(text.length() == 0 ? "" : " ").append(cellText.replace('\n', ' '));
            }
        }
        return text.toString().strip();
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
    }

    /**
     * A row right after the header that explains the columns instead of holding plan content: it has
     * text, no "Status:" line, and every cell with text is wholly italic, ends with "?", starts with a
     * question word ("Hvilket tema", "Hvad skal ændres og hvorfor") or names a column again.
     */
    static boolean isExplanation(Map<Column, Cell> cells) {
        boolean any = false;
        for (Cell cell : cells.values()) {
            if (cell.isEmpty()) {
                continue;
            }
            any = true;
            if (cell.lines().stream().anyMatch(l -> STATUS_LINE.matcher(l.text()).matches())) {
                return false;
            }
            String text = cell.text();
            String firstWord = Column.normalise(text).split(" ")[0];
            boolean explains = cell.lines().stream().allMatch(Line::italic) || text.endsWith("?")
                    || QUESTION_WORDS.contains(firstWord.toLowerCase(Locale.ROOT)) || Column.ofHeader(text) != null;
            if (!explains) {
                return false;
            }
        }
        return any;
    }
}
