package dk.handleplan.documents.wordimport;

import dk.handleplan.kernel.DanishTimeText;
import dk.handleplan.kernel.TimeFrame;
import dk.handleplan.kernel.TimePoint;
import dk.handleplan.kernel.ValidationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time frame of a Hvornår text into stored start and end specs. Understands what the
 * exports write ({@link TimeFrame#danish()}) and the looser forms of real plans; see docs/word-import.md.
 */
final class TimeFrameText {

    /** The specs read from a text; either may be null (not given). */
    record Frame(String start, String end) {
    }

    private static final String STARTS = "(?:igangsættes|igangsat|igangsætning|opstart|start|starter|påbegyndes)";
    private static final String ENDS = "(?:forventes |forventet |og )*(?:afsluttet|afsluttes|afslutning|færdig|slut)"
            + "(?: senest)?";
    private static final Pattern START_END = Pattern.compile(STARTS + ":? (.+?),? " + ENDS + " (.+)");
    private static final Pattern START_ONGOING = Pattern.compile(STARTS + ":? (.+?),? (?:og )?(?:herefter )?løbende");
    private static final Pattern START_ONLY = Pattern.compile(STARTS + ":? (.+)");
    private static final Pattern END_ONLY = Pattern.compile("(?:" + ENDS + "|senest|deadline):? (.+)");
    private static final Pattern PAIR = Pattern.compile("([1-4])\\.? ?(?:\\+|og|-|&) ?([1-4])\\.? (kvartal|halvår) (\\d{4})");
    private static final Pattern RANGE = Pattern.compile(" ?- ?| til | og | \\+ | samt ");
    private static final Pattern CLOCK = Pattern.compile(",? kl\\.? ?\\d{1,2}(?:[.:]\\d{2})?(?: ?- ?\\d{1,2}(?:[.:]\\d{2})?)?$");
    private static final Pattern Q = Pattern.compile("q([1-4]) ?(\\d{4})");
    private static final Pattern LAST_YEAR = Pattern.compile(".*(\\d{4})(?:/\\d{2})?$");

    private TimeFrameText() {
    }

    /**
     * The frame the text describes, or null when it is not understood (or its end lies before its start).
     * A blank text is a frame with neither end.
     */
    static Frame read(String text) {
        if (text == null || text.isBlank()) {
            return new Frame(null, null);
        }
        String s = text.toLowerCase(Locale.ROOT).replace('–', '-').replace('—', '-').replace('\u00A0', ' ')
                .replaceAll("\\s+", " ").strip().replaceAll("[.,;]+$", "").strip();
        s = CLOCK.matcher(s).replaceAll("").strip();
        Matcher m;
        if (s.equals("løbende") || s.equals("løbende opfølgning")) {
            return valid(null, TimePoint.ONGOING_SPEC);
        }
        if ((m = START_END.matcher(s)).matches()) {
            String end = m.group(2).equals("løbende") ? TimePoint.ONGOING_SPEC : point(m.group(2));
            return both(point(m.group(1)), end);
        }
        if ((m = START_ONGOING.matcher(s)).matches()) {
            return both(point(m.group(1)), TimePoint.ONGOING_SPEC);
        }
        if ((m = START_ONLY.matcher(s)).matches()) {
            return valid(point(m.group(1)), null);
        }
        if ((m = END_ONLY.matcher(s)).matches()) {
            return valid(null, point(m.group(1)));
        }
        String single = point(s);
        if (single != null) {
            return valid(single, single);
        }
        if ((m = PAIR.matcher(s)).matches()) {
            String unit = m.group(3).equals("kvartal") ? "-Q" : "-H";
            return valid(m.group(4) + unit + m.group(1), m.group(4) + unit + m.group(2));
        }
        return range(s);
    }

    /** "august 2024 - december 2024", "august - december 2024", "efteråret 2024 og foråret 2025". */
    private static Frame range(String s) {
        Matcher m = RANGE.matcher(s);
        while (m.find()) {
            String left = s.substring(0, m.start()).replaceFirst("^fra ", "");
            String right = s.substring(m.end());
            String end = right.equals("løbende") ? TimePoint.ONGOING_SPEC : point(right);
            if (end == null) {
                continue;
            }
            String start = point(left);
            Matcher year = LAST_YEAR.matcher(right);
            if (start == null && year.matches()) {
                start = point(left + " " + year.group(1));
            }
            if (start != null) {
                return both(start, end);
            }
        }
        return null;
    }

    /** The spec of one written point, or null. */
    static String point(String text) {
        String s = text.strip().replaceFirst("^(?:hele|i løbet af|medio|primo|ultimo|d\\.) ", "");
        Matcher q = Q.matcher(s);
        if (q.matches()) {
            s = q.group(2) + "-Q" + q.group(1);
        }
        try {
            return DanishTimeText.toSpec(s, "when");
        } catch (ValidationException e) {
            return null;
        }
    }

    private static Frame both(String start, String end) {
        return start == null || end == null ? null : valid(start, end);
    }

    private static Frame valid(String start, String end) {
        if (start == null && end == null || TimePoint.ONGOING_SPEC.equals(start)) {
            return null;
        }
        try {
            TimeFrame.parse(start, end);
            return new Frame(start, end);
        } catch (ValidationException e) {
            return null;
        }
    }
}
