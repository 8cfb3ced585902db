package dk.handleplan.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A milestone of an activity, with its date written in Danish; {@code updatedAt} is when it last changed. */
public record MilestoneView(long id, long activityId, long planId, String title, LocalDate date,
        LocalTime startTime, LocalTime endTime, String text, boolean archived, long version,
        OffsetDateTime updatedAt) {
}
