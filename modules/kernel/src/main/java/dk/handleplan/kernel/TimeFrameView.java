package dk.handleplan.kernel;

import java.time.LocalDate;

/**
 * A time frame as the API returns it: the stored string forms, the concrete dates they resolve to
 * (start: first day of the start period; end: last day of the end period), and the Danish wording.
 */
public record TimeFrameView(String start, String end, LocalDate startDate, LocalDate endDate, boolean ongoing,
        String text) {

    public static TimeFrameView of(TimeFrame frame) {
        return new TimeFrameView(frame.start() == null ? null : frame.start().spec(),
                frame.end() == null ? null : frame.end().spec(), frame.startDate(), frame.deadline(),
                frame.isOngoing(), frame.danish());
    }
}
