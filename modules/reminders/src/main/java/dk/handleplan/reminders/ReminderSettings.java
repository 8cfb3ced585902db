package dk.handleplan.reminders;

import java.time.DayOfWeek;

/**
 * When e-mail goes out: the weekly digest on {@code digestDay} from {@code digestHour} o'clock (or at
 * the first check after it), covering overdue deadlines and those of the next {@code horizonDays}
 * days; a reminder of each deadline {@code daysBefore} days ahead (0: no reminders). {@code publicUrl}
 * (e.g. https://handleplan.example.dk/, or null) is where links in the e-mails point.
 */
public record ReminderSettings(DayOfWeek digestDay, int digestHour, int daysBefore, int horizonDays,
        String publicUrl) {

    public ReminderSettings(DayOfWeek digestDay, int digestHour, int daysBefore, int horizonDays) {
        this(digestDay, digestHour, daysBefore, horizonDays, null);
    }

    public ReminderSettings {
        if (digestDay == null || digestHour < 0 || digestHour > 23 || daysBefore < 0 || daysBefore > 90
                || horizonDays < 0 || horizonDays > 366) {
            throw new IllegalArgumentException("Invalid reminder settings: day " + digestDay + ", hour " + digestHour
                    + " (0-23), days before " + daysBefore + " (0-90), horizon " + horizonDays + " (0-366)");
        }
    }
}
