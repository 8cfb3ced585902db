package dk.handleplan.audit;

import dk.handleplan.audit.internal.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The append-only audit trail. Entries join the caller's transaction, so a change and its trail
 * are saved together or not at all. There is no way to change or remove an entry.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    /** The most entries one read returns. */
    public static final int MAX_RESULTS = 1000;
    private static final int MAX_VALUE = 4000;
    /** Newest first within one offer, in the order of the index aud_event_offer_newest (read without sorting). */
    private static final String NEWEST_FIRST = " order by e.offerId, e.occurredAt desc, e.id desc";

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    Clock clock;

    /** Records one entry; {@code occurredAt} and {@code id} of the argument are ignored. */
    public void record(AuditEntry entry) {
        em.persist(new AuditEvent(OffsetDateTime.now(clock), entry.username(), entry.action(), entry.offerId(),
                entry.elementType(), entry.elementId(), entry.field(), cut(entry.oldValue()), cut(entry.newValue())));
    }

    /** The trail of one offer, newest first; optionally of one element. */
    public List<AuditEntry> ofOffer(long offerId, String elementType, Long elementId) {
        String where = "e.offerId = :offer" + (elementType == null ? "" : " and e.elementType = :type")
                + (elementId == null ? "" : " and e.elementId = :element");
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e where " + where
                + NEWEST_FIRST, AuditEvent.class).setParameter("offer", offerId);
        if (elementType != null) {
            query.setParameter("type", elementType);
        }
        if (elementId != null) {
            query.setParameter("element", elementId);
        }
        return query.setMaxResults(MAX_RESULTS).getResultList().stream().map(AuditService::view).toList();
    }

    /** The latest entry of an offer's trail (its last change), or null; one query. */
    public AuditEntry lastOfOffer(long offerId) {
        return em.createQuery("select e from AuditEvent e where e.offerId = :offer" + NEWEST_FIRST, AuditEvent.class)
                .setParameter("offer", offerId).setMaxResults(1).getResultList().stream()
                .map(AuditService::view).findFirst().orElse(null);
    }

    /**
     * The newest entry of each of these offers, by offer id (offers without entries are absent):
     * one query whatever the number of offers.
     */
    public Map<Long, AuditEntry> lastOfOffers(Collection<Long> offerIds) {
        if (offerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, AuditEntry> last = new HashMap<>();
        // One scalar subquery per offer, each the first entry of the index aud_event_offer_newest: an
        // "offer_id in (...)" over the whole trail costs H2 a comparison with every listed offer for
        // every row, and a max() reads every entry of the offer (the benchmark's overview spent seconds there).
        List<Long> ids = new ArrayList<>(offerIds);
        String rows = String.join(", ", Collections.nCopies(ids.size(), "(cast(? as bigint))"));
        Query newest = em.createNativeQuery("select (select l.id from aud_event l where l.offer_id = v.offer_id"
                + " order by l.offer_id, l.occurred_at desc, l.id desc fetch first 1 rows only)"
                + " from (values " + rows + ") as v(offer_id)");
        for (int i = 0; i < ids.size(); i++) {
            newest.setParameter(i + 1, ids.get(i));
        }
        List<Long> newestIds = ((List<?>) newest.getResultList()).stream().filter(Objects::nonNull)
                .map(id -> ((Number) id).longValue()).toList();
        if (!newestIds.isEmpty()) {
            em.createQuery("select e from AuditEvent e where e.id in :ids", AuditEvent.class)
                    .setParameter("ids", newestIds).getResultList()
                    .forEach(e -> last.put(e.getOfferId(), view(e)));
        }
        return last;
    }

    /** What one user did, and their sign-ins, newest first. */
    public List<AuditEntry> ofUser(String username) {
        return em.createQuery("select e from AuditEvent e where e.username = :user order by e.occurredAt desc, e.id desc",
                AuditEvent.class).setParameter("user", username).setMaxResults(MAX_RESULTS).getResultList()
                .stream().map(AuditService::view).toList();
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 3) + "...";
    }

    private static AuditEntry view(AuditEvent e) {
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getOfferId(),
                e.getElementType(), e.getElementId(), e.getField(), e.getOldValue(), e.getNewValue());
    }
}
