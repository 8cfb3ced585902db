package dk.handleplan.kernel;

import java.time.LocalDate;

/**
 * When an activity runs: an optional start and an optional expected end, each a {@link TimePoint}.
 * The end may be "ongoing"; the start may not. The end may not lie wholly before the start.
 */
public record TimeFrame(TimePoint start, TimePoint end) {

    public static final TimeFrame NONE = new TimeFrame(null, null);

    public TimeFrame {
        if (start != null && start.isOngoing()) {
            throw ValidationException.of("timeFrame.start", "'ongoing' can only be used as the end");
        }
        if (start != null && end != null && !end.isOngoing() && end.to().isBefore(start.from())) {
            throw ValidationException.of("timeFrame.end",
                    "the end (" + end.spec() + ") lies before the start (" + start.spec() + ")");
        }
    }

    /** Parses the two string forms; blank or null means "not given". */
    public static TimeFrame parse(String start, String end) {
        return new TimeFrame(blank(start) ? null : TimePoint.parse(start, "timeFrame.start"),
                blank(end) ? null : TimePoint.parse(end, "timeFrame.end"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The date by which the activity is expected to be finished: the last day of its end; null if none or ongoing. */
    public LocalDate deadline() {
        return end == null || end.isOngoing() ? null : end.to();
    }

    public LocalDate startDate() {
        return start == null ? null : start.from();
    }

    public boolean isOngoing() {
        return end != null && end.isOngoing();
    }

    /** The time frame in Danish, as the Hvornår column shows it. */
    public String danish() {
        if (start == null && end == null) {
            return "";
        }
        if (start == null) {
            return end.isOngoing() ? "Løbende" : "Forventes afsluttet " + end.danish();
        }
        if (end == null) {
            return "Igangsættes " + start.danish();
        }
        if (start.equals(end)) {
            return capitalise(start.danish());
        }
        if (end.isOngoing()) {
            return "Igangsættes " + start.danish() + ", løbende";
        }
        return "Igangsættes " + start.danish() + ", forventes afsluttet " + end.danish();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
