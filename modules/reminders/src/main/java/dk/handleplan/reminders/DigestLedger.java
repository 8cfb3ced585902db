package dk.handleplan.reminders;

import dk.handleplan.reminders.internal.SentDigest;
import dk.handleplan.reminders.internal.SentReminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Sends each e-mail at most once. Each send is its own transaction that first records the e-mail
 * (person and ISO week; person, deadline and date) and then hands it to the mail server: a parallel or
 * restarted run finds the record, or fails on the unique constraint while the first run's transaction
 * is open, and sends nothing; if sending fails, the record is rolled back and the next run tries again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DigestLedger {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records the person's digest of the week and sends {@code message}; a null message (nothing due)
     * is recorded without sending. False when the week's digest was already recorded.
     */
    public boolean digestOnce(long personId, String isoWeek, int items, MailMessage message, Mailer mailer) {
        long existing = em.createQuery("select count(d) from SentDigest d where d.personId = :person"
                + " and d.isoWeek = :week", Long.class)
                .setParameter("person", personId).setParameter("week", isoWeek).getSingleResult();
        if (existing > 0) {
            return false;
        }
        em.persist(new SentDigest(personId, isoWeek, items, OffsetDateTime.now(clock)));
        em.flush();
        if (message == null) {
            return false;
        }
        mailer.send(message);
        return true;
    }

    /** Records the reminder of the deadline on its date and sends it; false when already sent. */
    public boolean reminderOnce(long personId, DeadlineItem item, MailMessage message, Mailer mailer) {
        LocalDate due = item.date();
        long existing = em.createQuery("select count(r) from SentReminder r where r.personId = :person"
                + " and r.itemKind = :kind and r.itemId = :item and r.dueDate = :due", Long.class)
                .setParameter("person", personId).setParameter("kind", item.kindKey())
                .setParameter("item", item.id()).setParameter("due", due).getSingleResult();
        if (existing > 0) {
            return false;
        }
        em.persist(new SentReminder(personId, item.kindKey(), item.id(), due, OffsetDateTime.now(clock)));
        em.flush();
        mailer.send(message);
        return true;
    }
}
