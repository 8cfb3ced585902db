package dk.handleplan.app.reminders;

import dk.handleplan.reminders.DigestService;
import dk.handleplan.reminders.ReminderSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks every {@code handleplan.mail.check-minutes} (default hourly, first a minute after start)
 * whether this week's digest or any reminder is due, and sends it. A non-persistent EJB interval
 * timer: nothing to clean up in the database, and what was sent is recorded there anyway, so a
 * restart neither loses nor repeats anything. Does nothing while e-mail is off.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class MailScheduler {

    private static final Logger LOG = Logger.getLogger(MailScheduler.class.getName());
    private static final long FIRST_CHECK_MS = 60_000;

    @Resource
    TimerService timers;

    @Inject
    MailSettings settings;

    @Inject
    DigestService digests;

    @Inject
    SmtpMailer mailer;

    @PostConstruct
    void start() {
        if (!settings.enabled()) {
            LOG.info("E-mail is off (" + MailSettings.HOST + " is not set): no digests or reminders");
            return;
        }
        ReminderSettings when = settings.reminders(); // a wrong setting fails the start, naming it
        int minutes = settings.checkMinutes();
        timers.createIntervalTimer(FIRST_CHECK_MS, minutes * 60_000L, new TimerConfig("handleplan-mail", false));
        LOG.info(() -> "E-mail on via " + settings.host().orElse("?") + ":" + settings.port() + ": weekly digest "
                + when.digestDay() + " from " + when.digestHour() + " o'clock, reminders " + when.daysBefore()
                + " days before (0 = none), checked every " + minutes + " minutes");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void check() {
        try {
            digests.run(settings.reminders(), mailer, false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The e-mail check failed; it runs again at the next interval", e);
        }
    }
}
