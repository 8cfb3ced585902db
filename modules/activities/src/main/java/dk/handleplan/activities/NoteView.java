package dk.handleplan.activities;

import java.time.LocalDate;

/** A dated progress note on an activity. */
public record NoteView(long id, long activityId, long planId, LocalDate date, String text, String author,
        boolean archived, long version) {
}
