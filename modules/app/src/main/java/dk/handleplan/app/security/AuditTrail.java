package dk.handleplan.app.security;

import dk.handleplan.audit.AuditEntry;
import dk.handleplan.audit.AuditService;
import dk.handleplan.kernel.KeptOutOfAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the application writes to the audit trail: each changed field of an element with its old and
 * new value, creations, sign-ins and failed sign-ins. Successful sign-ins over HTTP Basic happen on
 * every request, so one per user per half hour is recorded.
 */
@ApplicationScoped
public class AuditTrail {

    /** Bookkeeping fields that change with every write and say nothing of their own. */
    private static final Set<String> SKIPPED = Set.of("version", "updatedAt");
    /** What the trail shows for a changed value that is kept out of it ({@link KeptOutOfAudit}). */
    private static final String MASK = "(skjult)";
    private static final Duration SIGN_IN_INTERVAL = Duration.ofMinutes(30);
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    AuditService audit;

    private final ConcurrentMap<String, Instant> lastSignIn = new ConcurrentHashMap<>();

    public void signIn(String username, String action) {
        audit.record(new AuditEntry(null, null, username, action, null, "User", null, null, null, null));
    }

    public void signedIn(String username) {
        Instant now = Instant.now();
        Instant last = lastSignIn.get(username);
        if (last == null || last.plus(SIGN_IN_INTERVAL).isBefore(now)) {
            lastSignIn.put(username, now);
            signIn(username, "SIGN_IN");
        }
    }

    /**
     * Records a change of one element as one entry per changed field ({@code before} null: a
     * creation, every field given is new).
     */
    public void changed(String username, String action, Long offerId, String type, Long id, Record before,
            Record after) {
        boolean any = false;
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (SKIPPED.contains(component.getName())) {
                continue;
            }
            String old = before == null ? null : text(read(component, before));
            String now = text(read(component, after));
            if (Objects.equals(old, now)) {
                continue;
            }
            if (component.isAnnotationPresent(KeptOutOfAudit.class)) {
                old = old == null ? null : MASK;
                now = now == null ? null : MASK;
            }
            audit.record(new AuditEntry(null, null, username, action, offerId, type, id, component.getName(), old,
                    now));
            any = true;
        }
        if (!any) {
            audit.record(new AuditEntry(null, null, username, action, offerId, type, id, null, null, null));
        }
    }

    /** Someone was shown the details of an element (coercion cases): who, when, which; no values. */
    public void viewed(String username, Long offerId, String type, Long id) {
        audit.record(new AuditEntry(null, null, username, "VIEW", offerId, type, id, null, null, null));
    }

    /** Someone downloaded a plan: who, when, which plan, in what format (and as of which revision). */
    public void exported(String username, Long offerId, long planId, String what) {
        audit.record(new AuditEntry(null, null, username, "EXPORT", offerId, "Plan", planId, "format", null, what));
    }

    private static Object read(RecordComponent component, Record record) {
        if (!component.getDeclaringRecord().isInstance(record)) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Temporal) {
            return value.toString();
        }
        return JSON.toJson(value);
    }
}
