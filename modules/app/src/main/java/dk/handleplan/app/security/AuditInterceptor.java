package dk.handleplan.app.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes every changing REST call to the audit trail, inside the call's transaction: it reads the
 * element before the call (the path's id, per the method's {@link Guard}), takes the element the call
 * returns, and records each changed field with who, when, old and new value. A call on a parent that
 * returns a new child (adding a goal to a section) is recorded as the child's creation. A move also
 * records the neighbour it swapped places with.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    @Inject
    AuditTrail trail;
    @Inject
    ElementLookup elements;
    @Inject
    Caller caller;

    @AroundInvoke
    public Object audit(InvocationContext call) throws Exception {
        Guard guard = call.getMethod().getAnnotation(Guard.class);
        if (guard != null && guard.action() == Guard.Action.COERCION_DETAILS
                && call.getMethod().isAnnotationPresent(GET.class)) {
            return auditView(call);
        }
        if (guard == null || call.getMethod().isAnnotationPresent(GET.class)) {
            return call.proceed();
        }
        String name = call.getMethod().getName();
        // addNote, addActivity, createTarget ...: a new element under the one the path names. The parent's
        // state is not what changes, so it is not read (it was two queries of every progress note).
        boolean addsChild = name.startsWith("add") || name.startsWith("create");
        Record before = null;
        Long id = null;
        if (guard.value() != Guard.Element.NONE && call.getParameters().length > 0
                && call.getParameters()[0] instanceof Long pathId) {
            id = pathId;
            before = addsChild ? null : elements.view(guard.value(), id);
        }
        boolean move = call.getMethod().getName().equals("move") && id != null;
        List<? extends Record> siblingsBefore = move ? elements.siblings(guard.value(), id) : List.of();
        Object result = call.proceed();
        Object entity = result instanceof Response response ? response.getEntity() : result;
        if (entity instanceof Record after) {
            if (before == null && !addsChild && !name.startsWith("grant")) {
                before = after; // an action on oneself (a password change): recorded without values
            }
            boolean created = before == null || before.getClass() != after.getClass();
            Long afterId = number(after, "id");
            Long offer = offerOf(after, before, guard, id);
            trail.changed(caller.username(), created ? "CREATE" : name.toUpperCase(Locale.ROOT),
                    offer, type(after), afterId, created ? null : before, after);
            if (move) {
                auditMovedNeighbours(guard.value(), id, offer, siblingsBefore);
            }
        }
        return result;
    }

    /** Special-category data (coercion case details): every answer that shows some is recorded as a view. */
    private Object auditView(InvocationContext call) throws Exception {
        Object result = call.proceed();
        Object entity = result instanceof Response response ? response.getEntity() : result;
        List<?> shown = entity instanceof List<?> list ? list : entity == null ? List.of() : List.of(entity);
        for (Object item : shown) {
            if (item instanceof Record viewed) {
                trail.viewed(caller.username(), number(viewed, "offerId"), type(viewed), number(viewed, "id"));
            }
        }
        return result;
    }

    /** Records each sibling (other than the moved element) whose place changed with the move. */
    private void auditMovedNeighbours(Guard.Element element, long movedId, Long offer,
            List<? extends Record> siblingsBefore) {
        Map<Long, Record> before = new HashMap<>();
        siblingsBefore.forEach(sibling -> before.put(number(sibling, "id"), sibling));
        for (Record after : elements.siblings(element, movedId)) {
            Long siblingId = number(after, "id");
            Record old = before.get(siblingId);
            if (siblingId != movedId && old != null && !old.equals(after)) {
                trail.changed(caller.username(), "MOVE", offer, type(after), siblingId, old, after);
            }
        }
    }

    /** The offer an element belongs to: its own offerId, the offer itself, or the offer the guard found. */
    private Long offerOf(Record after, Record before, Guard guard, Long id) {
        Long own = number(after, "offerId");
        if (own != null) {
            return own;
        }
        if (type(after).equals("Offer")) {
            return number(after, "id");
        }
        return switch (guard.value()) {
            // Persons and accounts belong to no single offer.
            case NONE, USER, PERSON, COERCION_MEASURE_KIND, BENCHMARK -> null; // a benchmark here is for all offers
            default -> caller.targetOffer() != null ? caller.targetOffer() : elements.offerOf(guard.value(), id);
        };
    }

    /** "GoalView" -> "Goal". */
    private static String type(Record record) {
        return record.getClass().getSimpleName().replaceFirst("View$", "");
    }

    private static Long number(Record record, String name) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    Object value = component.getAccessor().invoke(record);
                    return value instanceof Number n ? n.longValue() : null;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
