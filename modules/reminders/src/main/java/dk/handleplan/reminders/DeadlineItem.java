package dk.handleplan.reminders;

import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.deadlines.DeadlineKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One deadline a person is responsible for: the end of an open activity, or a milestone of one.
 * {@code id} is the activity's id for an end, the milestone's for a milestone; {@code title} is
 * the activity's description or the milestone's title; {@code dateText} the date in Danish (with the
 * milestone's times). {@code sequence} grows with every change of what the item shows (calendar
 * clients compare it); {@code lastModified} is its last change.
 */
public record DeadlineItem(DeadlineKind kind, long id, long activityId, String title, String activity,
        LocalDate date, LocalTime startTime, LocalTime endTime, String dateText, ActivityStatus status,
        String responsibleText, String timeFrameText, long planId, String plan, String offer, String theme,
        String subject, int sequence, OffsetDateTime lastModified) {

    /** Stable across feeds and changes: "activity-12@handleplan", "milestone-7@handleplan". */
    public String uid() {
        return (kind == DeadlineKind.MILESTONE ? "milestone-" : "activity-") + id + "@handleplan";
    }

    /** The key a sent reminder is recorded under: "ACTIVITY_END", "MILESTONE". */
    public String kindKey() {
        return kind.name().toUpperCase(Locale.ROOT);
    }
}
