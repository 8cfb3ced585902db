package dk.handleplan.monitoring;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads staff figures from CSV (docs/csv-import.md): UTF-8 with or without a byte-order mark, fields
 * separated by {@code ;} or {@code ,} (whichever the header uses), quoted as RFC 4180 does, a header
 * row naming the columns (Danish or the API's names, in any order), decimal comma or point. Blank
 * lines are skipped. Every problem is reported with its line and column, in English and Danish; the
 * figures' own rules are not checked here but by {@link StaffFiguresService}.
 */
public final class StaffFiguresCsv {

    /** The most data rows one file may have (a year of 500 departments). */
    public static final int MAX_ROWS = 2000;

    /** A column: its Danish name in files, the API field it fills, whether it is required. */
    public record Column(String name, String field, boolean required, String danish) {
    }

    /** The columns, in the order the example file uses. */
    public static final List<Column> COLUMNS = List.of(
            new Column("afdeling", "department", true, "afdelingens navn eller id"),
            new Column("kvartal", "quarter", true, "fx 2025-Q1"),
            new Column("ansatte_start", "headcountStart", false, "ansatte ved kvartalets start"),
            new Column("ansatte_slut", "headcountEnd", false, "ansatte ved kvartalets slut"),
            new Column("ansaettelsesdage", "employmentDays", false, "ansættelsesdage i alt"),
            new Column("sagt_op", "resigned", false, "fratrådt: sagt op"),
            new Column("afskediget", "dismissed", false, "fratrådt: afskediget"),
            new Column("pension", "retired", false, "fratrådt: pension"),
            new Column("tidsbegraenset", "fixedTermEnded", false, "fratrådt: tidsbegrænset ansættelse udløbet"),
            new Column("intern_flytning", "internalMoves", false, "fratrådt: intern flytning"),
            new Column("nyansatte", "hires", false, "nyansatte"),
            new Column("sygedage", "sickDays", false, "sygedage (kalenderdage)"),
            new Column("barselsdage", "parentalLeaveDays", false, "barselsdage (kalenderdage)"),
            new Column("planlagte_timer", "plannedHours", false, "planlagte arbejdstimer"),
            new Column("vikartimer_interne", "internalTempHours", false, "interne vikartimer"),
            new Column("vikartimer_eksterne", "externalTempHours", false, "eksterne vikartimer"));

    /** A problem in the file: its line (1 is the header; 0 the file as a whole) and column (null if none). */
    public record Problem(int line, String column, String message, String danish) {
    }

    /** One data row: the department as written (a name or an id), the figures, and its problems. */
    public record Row(int line, String department, StaffFiguresInput figures, List<Problem> problems) {
    }

    /** The whole file: its rows, and problems of the file itself (encoding, header, size). */
    public record Result(char separator, List<Row> rows, List<Problem> fileProblems) {
        public boolean valid() {
            return fileProblems.isEmpty() && rows.stream().allMatch(r -> r.problems().isEmpty());
        }
    }

    private StaffFiguresCsv() {
    }

    public static Result parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(';', new Problem(0, null, "the file is not UTF-8 text: save it as \"CSV UTF-8\"",
                    "Filen er ikke UTF-8-tekst. Gem den som \"CSV UTF-8 (kommasepareret)\"."));
        }
        return parse(text);
    }

    public static Result parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<Record> records = new ArrayList<>();
        String unclosed = split(text, separator, records);
        if (unclosed != null) {
            return failed(separator, new Problem(records.isEmpty() ? 1 : records.get(records.size() - 1).line, null,
                    unclosed, "Et felt med anførselstegn slutter aldrig (mangler der et \"?)."));
        }
        records.removeIf(Record::blank);
        if (records.isEmpty()) {
            return failed(separator, new Problem(0, null, "the file is empty: it needs a header row and a row per"
                    + " department and quarter", "Filen er tom. Den skal have en overskriftsrække og en række pr."
                    + " afdeling og kvartal."));
        }
        Record header = records.get(0);
        List<Problem> headerProblems = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (String name : header.fields) {
            Column column = column(name);
            if (column == null) {
                headerProblems.add(new Problem(header.line, name.strip(), "unknown column '" + name.strip()
                        + "'; the columns are " + names(), "Ukendt kolonne \"" + name.strip()
                        + "\". Kolonnerne hedder " + names() + "."));
            } else if (columns.contains(column)) {
                headerProblems.add(new Problem(header.line, column.name(), "column '" + column.name() + "' appears twice",
                        "Kolonnen \"" + column.name() + "\" står to gange."));
            }
            columns.add(column);
        }
        for (Column c : COLUMNS) {
            if (c.required() && !columns.contains(c)) {
                headerProblems.add(new Problem(header.line, c.name(), "the column '" + c.name() + "' is missing",
                        "Kolonnen \"" + c.name() + "\" mangler."));
            }
        }
        if (records.size() - 1 > MAX_ROWS) {
            headerProblems.add(new Problem(0, null, "the file has " + (records.size() - 1) + " rows; at most " + MAX_ROWS
                    + " are read at a time", "Filen har " + (records.size() - 1) + " rækker; der kan højst indlæses "
                    + MAX_ROWS + " ad gangen. Del den op."));
        }
        if (!headerProblems.isEmpty()) {
            return new Result(separator, List.of(), headerProblems);
        }
        List<Row> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            rows.add(row(record, columns));
        }
        return new Result(separator, rows, List.of());
    }

    private static Result failed(char separator, Problem problem) {
        return new Result(separator, List.of(), List.of(problem));
    }

    private static Row row(Record record, List<Column> columns) {
        List<Problem> problems = new ArrayList<>();
        if (record.fields.size() != columns.size()) {
            problems.add(new Problem(record.line, null, "expected " + columns.size() + " fields as in the header, found "
                    + record.fields.size(), "Rækken har " + record.fields.size() + " felter, men overskriften har "
                    + columns.size() + "."));
            return new Row(record.line, null, null, problems);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i).field(), record.fields.get(i).strip());
        }
        Cells cells = new Cells(record.line, values, problems);
        String department = values.getOrDefault("department", "");
        if (department.isEmpty()) {
            problems.add(new Problem(record.line, "afdeling", "the department is missing", "Afdelingen mangler."));
        }
        String quarter = values.getOrDefault("quarter", "");
        StaffFiguresInput input = new StaffFiguresInput(quarter, cells.whole("headcountStart", true),
                cells.whole("headcountEnd", true), cells.decimal("employmentDays", true), cells.count("resigned"),
                cells.count("dismissed"), cells.count("retired"), cells.count("fixedTermEnded"),
                cells.count("internalMoves"), cells.count("hires"), cells.count("sickDays"),
                cells.count("parentalLeaveDays"), cells.hours("plannedHours"), cells.hours("internalTempHours"),
                cells.hours("externalTempHours"), null);
        return new Row(record.line, department, problems.isEmpty() ? input : null, problems);
    }

    /** The file's name of a field ("sickDays" -> "sygedage"). */
    public static String columnOf(String field) {
        return COLUMNS.stream().filter(c -> c.field().equals(field)).map(Column::name).findFirst().orElse(field);
    }

    private static Column column(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replace(' ', '_').replace('-', '_');
        return COLUMNS.stream().filter(c -> c.name().equals(n) || c.field().equalsIgnoreCase(n)).findFirst()
                .orElse(null);
    }

    private static String names() {
        return String.join(", ", COLUMNS.stream().map(Column::name).toList());
    }

    /** The one the header uses more of, outside quotes; ';' when neither (Danish Excel writes ';'). */
    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** A record of fields and the line it starts on. */
    private record Record(int line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Splits into records (RFC 4180); answers a message if a quoted field never ends, else null. */
    private static String split(String text, char separator, List<Record> records) {
        int line = 1;
        int start = 1;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(start, fields));
                fields = new ArrayList<>();
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            records.add(new Record(start, fields));
            return "a quoted field that starts on line " + start + " never ends";
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(start, fields));
        }
        return null;
    }

    /** Reads one row's cells, noting each problem. */
    private record Cells(int line, Map<String, String> values, List<Problem> problems) {

        int count(String field) {
            Integer n = whole(field, false);
            return n == null ? 0 : n;
        }

        double hours(String field) {
            Double n = decimal(field, false);
            return n == null ? 0 : n;
        }

        Integer whole(String field, boolean optional) {
            String text = values.getOrDefault(field, "");
            if (text.isEmpty()) {
                return optional ? null : 0;
            }
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                problems.add(new Problem(line, columnOf(field), "'" + text + "' is not a whole number",
                        "\"" + text + "\" er ikke et helt tal."));
                return null;
            }
        }

        Double decimal(String field, boolean optional) {
            String text = values.getOrDefault(field, "");
            if (text.isEmpty()) {
                return optional ? null : 0.0;
            }
            try {
                return DanishNumber.parse(text);
            } catch (NumberFormatException e) {
                problems.add(new Problem(line, columnOf(field), "'" + text + "' is not a number",
                        "\"" + text + "\" er ikke et tal (skriv fx 7400 eller 7400,5)."));
                return null;
            }
        }
    }
}
