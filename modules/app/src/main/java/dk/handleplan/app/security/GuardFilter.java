package dk.handleplan.app.security;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.activities.ResponsibleView;
import dk.handleplan.kernel.AccessDeniedException;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.people.PersonService;
import dk.handleplan.people.RoleView;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces each REST method's {@link Guard} on the server before the method runs: finds the offer
 * the path's element belongs to and asks {@link Caller} whether this caller may do that there.
 * An element of an offer the caller cannot read answers 404, like one that does not exist; a
 * visible element the caller may not change answers 403.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class GuardFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    Caller caller;
    @Inject
    ElementLookup elements;
    @Inject
    PersonService persons;
    @Inject
    ActivityService activities;
    @Inject
    dk.handleplan.monitoring.BenchmarkService benchmarks;

    @Override
    public void filter(ContainerRequestContext request) {
        Guard guard = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Guard.class);
        if (guard == null) {
            // Every API method carries a guard (GuardCoverageTest); refuse rather than guess.
            throw new AccessDeniedException("This operation has no access rule.");
        }
        if (guard.action() == Guard.Action.PUBLIC) {
            return;
        }
        if (caller.username() == null) {
            throw new AccessDeniedException("Unknown or inactive account.");
        }
        if (guard.value() == Guard.Element.NONE) {
            if (guard.action() == Guard.Action.ADMINISTER) {
                caller.requireAdministrator("do this");
            }
            return;
        }
        String idText = request.getUriInfo().getPathParameters().getFirst("id");
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new NotFoundException(kind(guard.value()), idText);
        }
        check(guard, id);
    }

    private void check(Guard guard, long id) {
        String kind = kind(guard.value());
        switch (guard.value()) {
            case USER -> {
                caller.requireAdministrator("manage users");
                return;
            }
            case PERSON -> {
                checkPerson(guard, id);
                return;
            }
            case COERCION_MEASURE_KIND -> { // reference data of no offer
                elements.view(guard.value(), id);
                if (guard.action() != Guard.Action.READ && guard.action() != Guard.Action.SIGNED_IN) {
                    caller.requireAdministrator("change the kinds of coercive measure");
                }
                return;
            }
            case BENCHMARK -> {
                Long benchmarkOffer = benchmarks.get(id).offerId();
                if (benchmarkOffer == null) { // for all offers: everyone reads, administrators keep
                    if (guard.action() != Guard.Action.READ && guard.action() != Guard.Action.SIGNED_IN) {
                        caller.requireAdministrator("change the benchmarks for all offers");
                    }
                    return;
                }
                checkInOffer(guard, benchmarkOffer, kind, id);
                return;
            }
            default -> {
            }
        }
        checkInOffer(guard, elements.offerOf(guard.value(), id), kind, id);
    }

    private void checkInOffer(Guard guard, long offer, String kind, long id) {
        caller.targetOffer(offer); // the audit trail reuses it instead of resolving it again
        switch (guard.action()) {
            case READ, SIGNED_IN -> caller.requireRead(offer, kind, id);
            case EDIT -> caller.requireEdit(offer, kind, id);
            case ADMINISTER -> {
                caller.requireRead(offer, kind, id);
                caller.requireAdministrator("change the organisation");
            }
            case GRANT_SUPERVISION -> {
                caller.requireRead(offer, kind, id);
                if (!caller.isAdministrator() && !caller.isAftaleholder(offer)) {
                    throw new AccessDeniedException("Only administrators and the offer's aftaleholder may give"
                            + " supervisors access.");
                }
            }
            case SIGN_OFF -> {
                caller.requireRead(offer, kind, id);
                if (!caller.isAdministrator() && !caller.isAftaleholder(offer)) {
                    throw new AccessDeniedException("Only administrators and the offer's aftaleholder may sign off"
                            + " a revision of its plans.");
                }
            }
            case AUDIT -> requireManagement(offer, kind, id, "read its audit trail");
            case COMMENT -> requireManagement(offer, kind, id, "read and write comments on its plans");
            case COERCION_DETAILS -> requireManagement(offer, kind, id, "see the details of its coercion cases (others"
                    + " see the counts: the coercion report)");
            case ADD_NOTE -> {
                caller.requireRead(offer, kind, id);
                if (!caller.canEdit(offer) && !caller.isResponsible(activities.get(id).responsible(), offer)) {
                    throw new AccessDeniedException("Only department leaders, administrators and the staff"
                            + " responsible for the activity may add progress notes.");
                }
            }
            default -> throw new AccessDeniedException("Unknown action.");
        }
    }

    /** The offer's management: its department leaders, its aftaleholder, and administrators. */
    private void requireManagement(long offer, String kind, long id, String what) {
        caller.requireRead(offer, kind, id);
        if (!caller.isManagement(offer)) {
            throw new AccessDeniedException("Only the offer's leaders, its aftaleholder and administrators may "
                    + what + ".");
        }
    }

    /** A person is visible when they hold a role in an offer the caller can read. */
    private void checkPerson(Guard guard, long id) {
        persons.get(id);
        if (caller.isAdministrator() || caller.personId() != null && caller.personId() == id) {
            if (guard.action() == Guard.Action.ADMINISTER) {
                caller.requireAdministrator("manage people");
            }
            return;
        }
        boolean visible = persons.roles(id).stream().map(RoleView::offerId).anyMatch(caller::canRead);
        if (!visible) {
            throw new NotFoundException("Person", id);
        }
        if (guard.action() != Guard.Action.READ) {
            caller.requireAdministrator("manage people");
        }
    }




    private static String kind(Guard.Element element) {
        String name = element.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
