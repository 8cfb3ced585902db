package dk.handleplan.deadlines;

import dk.handleplan.kernel.ValidationException;

/** Which deadlines to list: overdue ones, upcoming ones, or both. */
public enum DeadlineFilter {
    OVERDUE, UPCOMING, ALL;

    public static DeadlineFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        for (DeadlineFilter filter : values()) {
            if (filter.name().equalsIgnoreCase(text.strip())) {
                return filter;
            }
        }
        throw ValidationException.of("status", "must be 'overdue', 'upcoming' or 'all'");
    }
}
