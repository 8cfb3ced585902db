package dk.handleplan.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The weekly digest and the reminders, for every active person with an e-mail address who is
 * responsible for open deadlines. Runs outside a transaction: each e-mail is its own, in
 * {@link DigestLedger}, so one failure does not undo what was already sent. When the mail server
 * fails, the run stops; the rest follows at the next run.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class.getName());

    @Inject
    ResponsibleDeadlines deadlines;

    @Inject
    DigestLedger ledger;

    @Inject
    Clock clock;

    /**
     * Sends what is due now: this week's digest once the configured day and hour have come (or at once
     * when {@code digestNow}), and the reminders due today. Nothing is sent twice.
     */
    public DigestRun run(ReminderSettings settings, Mailer mailer, boolean digestNow) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        String week = DigestRules.isoWeek(today);
        boolean digestDue = digestNow || DigestRules.digestDue(now, settings);
        int digests = 0;
        int reminders = 0;
        try {
            for (PersonDeadlines person : deadlines.ofEveryone()) {
                if (person.email() == null || person.email().isBlank()) {
                    continue;
                }
                if (digestDue && digest(person, week, today, settings, mailer)) {
                    digests++;
                }
                for (DeadlineItem item : DigestRules.remindersDue(person.items(), today, settings.daysBefore())) {
                    if (once(() -> ledger.reminderOnce(person.personId(), item,
                            DigestText.reminder(person, item, today), mailer))) {
                        reminders++;
                    }
                }
            }
        } catch (MailFailedException e) {
            LOG.log(Level.WARNING, "Sending e-mail failed; the rest is tried at the next run: " + e.getMessage(), e);
            return new DigestRun(week, digests, reminders, e.getMessage());
        }
        if (digests + reminders > 0) {
            LOG.info("E-mail sent for " + week + ": " + digests + " digests, " + reminders + " reminders");
        }
        return new DigestRun(week, digests, reminders, null);
    }

    private boolean digest(PersonDeadlines person, String week, LocalDate today, ReminderSettings settings,
            Mailer mailer) {
        List<DeadlineItem> overdue = DigestRules.overdue(person.items(), today);
        List<DeadlineItem> upcoming = DigestRules.upcoming(person.items(), today, settings.horizonDays());
        MailMessage message = overdue.isEmpty() && upcoming.isEmpty() && person.coercion().isEmpty() ? null
                : DigestText.digest(person, overdue, upcoming, today, settings.horizonDays(), settings.publicUrl());
        return once(() -> ledger.digestOnce(person.personId(), week, overdue.size() + upcoming.size()
                + person.coercion().size(), message, mailer));
    }

    /** Runs one recorded send; a parallel run that recorded it first (unique constraint) means "not by us". */
    private static boolean once(BooleanSupplier send) {
        try {
            return send.getAsBoolean();
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(Level.FINE, "Already recorded by a parallel run", e);
            return false;
        }
    }
}
