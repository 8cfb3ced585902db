package dk.handleplan.documents.export;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as Danish Excel opens it: UTF-8 with a byte order mark, semicolons between fields, CRLF between
 * rows, fields quoted as RFC 4180 says. A text that a spreadsheet would take for a formula (starting
 * with = + - @, a tab or a carriage return) gets a leading apostrophe (OWASP's advice); plain numbers
 * in figure tables ("-3,5") stay numbers.
 */
public final class Csv {

    public static final char SEPARATOR = ';';
    private static final String CRLF = "\r\n";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?( ?%)?");

    private Csv() {
    }

    public static String activities(PlanDocument document) {
        StringBuilder csv = new StringBuilder();
        line(csv, ActivityColumns.HEADERS);
        for (List<Object> row : ActivityColumns.rows(document)) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(ActivityColumns.text(cell)));
            line(csv, cells);
        }
        return csv.toString();
    }

    /** A table: its title on a line of its own, the headers, the rows. */
    public static String table(Table table) {
        StringBuilder csv = new StringBuilder();
        line(csv, List.of(table.title()));
        line(csv, table.headers());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString();
    }

    /** The bytes to send: UTF-8 with a byte order mark, so Excel reads æøå right. */
    public static byte[] utf8(String csv) {
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(field(cells.get(i)));
        }
        csv.append(CRLF);
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
