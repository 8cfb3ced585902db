package dk.handleplan.reminders;

import dk.handleplan.coercion.CoercionTaskView;
import java.util.List;

/**
 * A person and the open deadlines they are responsible for, soonest first; for an afdelingsleder also
 * the coercion cases of their department that wait for follow-up or a report.
 */
public record PersonDeadlines(long personId, String name, String email, List<DeadlineItem> items,
        List<CoercionTaskView> coercion) {

    public PersonDeadlines(long personId, String name, String email, List<DeadlineItem> items) {
        this(personId, name, email, items, List.of());
    }

    /** The same person with their coercion tasks. */
    PersonDeadlines withCoercion(List<CoercionTaskView> tasks) {
        return new PersonDeadlines(personId, name, email, items, List.copyOf(tasks));
    }
}
