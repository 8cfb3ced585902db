package dk.handleplan.kernel;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time point written the way Danish plans write it ("august 2024", "foråret 2025",
 * "2. kvartal 2025", "1. halvår 2025", "2025", "4. december 2024", "4.12.2024", "løbende") into its
 * canonical form ({@link TimePoint#spec()}); canonical forms ("2025-Q2") are accepted as they are.
 * Every phrase {@link TimePoint#danish()} writes reads back to the same point.
 */
public final class DanishTimeText {

    /** What the error says a person may write. */
    public static final String EXAMPLES = "Skriv fx \"august 2024\", \"foråret 2025\", \"2. kvartal 2025\","
            + " \"1. halvår 2025\", \"2025\", \"15.3.2025\" eller \"løbende\".";

    private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");
    private static final Pattern NAMED_DATE = Pattern.compile("(?:den )?(\\d{1,2})\\.? ([a-zæøå]+) (\\d{4})");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:i )?(\\d{4})");
    private static final Pattern HALF = Pattern.compile("([12])\\.? halvår (\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("([1-4])\\.? kvartal (\\d{4})");
    private static final Pattern MONTH = Pattern.compile("([a-zæøå]+)\\.? (\\d{4})");
    private static final Pattern SEASON = Pattern.compile("(forår|sommer|efterår|vinter)(?:en|et)? (\\d{4})(?:/\\d{2})?");

    private DanishTimeText() {
    }

    /**
     * The canonical form of the written point; null for blank text.
     *
     * @throws ValidationException on {@code field} when the text is no time point
     */
    public static String toSpec(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String spec = spec(s);
        try {
            return TimePoint.parse(spec == null ? text.strip() : spec, field).spec();
        } catch (ValidationException e) {
            throw ValidationException.of(field, "\"" + text.strip() + "\" er ikke en dato eller periode. " + EXAMPLES);
        }
    }

    private static String spec(String s) {
        if (s.equals("løbende")) {
            return TimePoint.ONGOING_SPEC;
        }
        Matcher m;
        if ((m = NAMED_DATE.matcher(s)).matches() && month(m.group(2)) > 0) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        if ((m = NUMERIC_DATE.matcher(s)).matches()) {
            return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return m.group(1);
        }
        if ((m = HALF.matcher(s)).matches()) {
            return m.group(2) + "-H" + m.group(1);
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return m.group(2) + "-Q" + m.group(1);
        }
        if ((m = SEASON.matcher(s)).matches()) {
            String season = switch (m.group(1)) {
                case "forår" -> "spring";
                case "sommer" -> "summer";
                case "efterår" -> "autumn";
                default -> "winter";
            };
            return m.group(2) + "-" + season;
        }
        if ((m = MONTH.matcher(s)).matches() && month(m.group(1)) > 0) {
            return m.group(2) + "-" + String.format("%02d", month(m.group(1)));
        }
        return null;
    }

    /** 1-12 for a Danish month name or its first three letters ("aug"); 0 otherwise. */
    private static int month(String name) {
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).equals(name) || (name.length() == 3 && MONTHS.get(i).startsWith(name))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String date(String year, int month, String day) {
        return year + "-" + String.format("%02d", month) + "-" + String.format("%02d", Integer.parseInt(day));
    }
}
