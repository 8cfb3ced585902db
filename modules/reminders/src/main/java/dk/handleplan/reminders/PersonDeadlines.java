package dk.handleplan.reminders;

import java.util.List;

/** A person and the open deadlines they are responsible for, soonest first. */
public record PersonDeadlines(long personId, String name, String email, List<DeadlineItem> items) {
}
