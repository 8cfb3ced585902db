package dk.handleplan.app.reminders;

import dk.handleplan.deadlines.DeadlineService;
import dk.handleplan.reminders.ReminderSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The e-mail settings ({@code handleplan.mail.*}, see config/handleplan.properties). E-mail is off
 * unless {@code handleplan.mail.smtp.host} is set.
 */
@ApplicationScoped
public class MailSettings {

    static final String HOST = "handleplan.mail.smtp.host";

    @Inject
    Config config;

    public boolean enabled() {
        return host().isPresent();
    }

    Optional<String> host() {
        return text(HOST);
    }

    int port() {
        return config.getOptionalValue("handleplan.mail.smtp.port", Integer.class).orElse(587);
    }

    /** STARTTLS is required (never falls back to plain text) unless switched off. */
    boolean starttls() {
        return config.getOptionalValue("handleplan.mail.smtp.starttls", Boolean.class).orElse(true);
    }

    Optional<String> username() {
        return text("handleplan.mail.smtp.username");
    }

    String password() {
        return text("handleplan.mail.smtp.password").orElse("");
    }

    String from() {
        return text("handleplan.mail.from").orElse("Handleplan <handleplan@localhost>");
    }

    /** Minutes between checks for digests and reminders that are due. */
    int checkMinutes() {
        int minutes = config.getOptionalValue("handleplan.mail.check-minutes", Integer.class).orElse(60);
        if (minutes < 1 || minutes > 24 * 60) {
            throw new IllegalStateException("handleplan.mail.check-minutes must be 1 to 1440, not " + minutes);
        }
        return minutes;
    }

    /** When digests and reminders are due; fails with the offending setting named. */
    public ReminderSettings reminders() {
        String day = text("handleplan.mail.digest.day").orElse("MONDAY").toUpperCase(Locale.ROOT);
        DayOfWeek digestDay;
        try {
            digestDay = DayOfWeek.valueOf(day);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("handleplan.mail.digest.day must be MONDAY to SUNDAY, not " + day, e);
        }
        int hour = config.getOptionalValue("handleplan.mail.digest.hour", Integer.class).orElse(6);
        int daysBefore = config.getOptionalValue("handleplan.mail.reminder.days-before", Integer.class).orElse(7);
        try {
            return new ReminderSettings(digestDay, hour, daysBefore, DeadlineService.DEFAULT_DAYS,
                    text("handleplan.public-url").orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("handleplan.mail.digest.hour must be 0 to 23 and"
                    + " handleplan.mail.reminder.days-before 0 to 90: " + e.getMessage(), e);
        }
    }

    private Optional<String> text(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
