package dk.handleplan.reminders;

import dk.handleplan.deadlines.DeadlineKind;
import dk.handleplan.deadlines.DeadlineRules;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * Which deadlines go into a person's weekly digest and which are reminded of, and when the digest is
 * due. Overdue and upcoming follow {@link DeadlineRules}: an activity's end is overdue when its day
 * has passed; ends and milestones are upcoming from today to {@code horizonDays} ahead. A reminder is
 * due for a deadline from {@code daysBefore} days before it until the day itself (so a check missed
 * while the server was down is made up for); that it is sent only once is recorded.
 */
public final class DigestRules {

    private DigestRules() {
    }

    public static List<DeadlineItem> overdue(List<DeadlineItem> items, LocalDate today) {
        return items.stream().filter(i -> i.kind() == DeadlineKind.ACTIVITY_END
                && DeadlineRules.isOverdue(i.status(), i.date(), today)).toList();
    }

    public static List<DeadlineItem> upcoming(List<DeadlineItem> items, LocalDate today, int horizonDays) {
        return items.stream().filter(i -> DeadlineRules.isUpcoming(i.status(), i.date(), today, horizonDays)).toList();
    }

    public static List<DeadlineItem> remindersDue(List<DeadlineItem> items, LocalDate today, int daysBefore) {
        if (daysBefore <= 0) {
            return List.of();
        }
        return upcoming(items, today, daysBefore);
    }

    /** The digest is due from the configured day and hour of each ISO week (Monday to Sunday). */
    public static boolean digestDue(LocalDateTime now, ReminderSettings settings) {
        int day = now.getDayOfWeek().getValue();
        int due = settings.digestDay().getValue();
        return day > due || day == due && now.getHour() >= settings.digestHour();
    }

    /** "2025-W11": the ISO week, by its week-based year. */
    public static String isoWeek(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
