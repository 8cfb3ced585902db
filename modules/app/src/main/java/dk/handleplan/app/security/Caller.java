package dk.handleplan.app.security;

import dk.handleplan.access.UserView;
import dk.handleplan.activities.ResponsibleView;
import dk.handleplan.kernel.AccessDeniedException;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.people.OrganisationRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is calling and what they may do, worked out once per request from their account, the roles
 * their person holds in offers, and any supervisor access. The rules (docs/security.md):
 * <ul>
 * <li>administrator: everything;</li>
 * <li>afdelingsleder of an offer (or one of its departments): reads and edits that offer's plans;</li>
 * <li>aftaleholder, medarbejder and other roles: read their offer; a medarbejder adds progress notes
 * to activities they are responsible for;</li>
 * <li>supervisor with current access: reads that offer;</li>
 * <li>anything of another offer is invisible (404).</li>
 * </ul>
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;
    @Inject
    CallerAccess accessOf;
    @Inject
    HttpServletRequest request;

    private boolean loaded;
    private UserView user;
    private Map<Long, Set<OrganisationRole>> rolesByOffer = Map.of();
    private Set<Long> supervised = Set.of();
    private Long targetOffer;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return;
        }
        CallerAccess.Access access = accessOf.of(principal.getName());
        user = access.user();
        rolesByOffer = access.rolesByOffer();
        supervised = access.supervised();
    }

    public String username() {
        load();
        return user == null ? null : user.username();
    }

    /**
     * True when the account holds a temporary password that must be changed before anything else;
     * never for a session signed in through OpenID Connect, where the local password plays no part.
     */
    public boolean mustChangePassword() {
        load();
        return user != null && user.mustChangePassword() && !signedInExternally();
    }

    private boolean signedInExternally() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(HandleplanAuthentication.SIGNED_IN_EXTERNALLY) != null;
    }

    /** The offer of the element this request acts on, as {@link GuardFilter} resolved it (null if none). */
    public Long targetOffer() {
        return targetOffer;
    }

    void targetOffer(long offerId) {
        targetOffer = offerId;
    }

    public Long personId() {
        load();
        return user == null ? null : user.personId();
    }

    public boolean isAdministrator() {
        load();
        return user != null && user.administrator();
    }

    public boolean canRead(long offerId) {
        load();
        return isAdministrator() || rolesByOffer.containsKey(offerId) || supervised.contains(offerId);
    }

    public boolean canEdit(long offerId) {
        return isAdministrator() || rolesIn(offerId).contains(OrganisationRole.AFDELINGSLEDER);
    }

    public boolean isAftaleholder(long offerId) {
        return rolesIn(offerId).contains(OrganisationRole.AFTALEHOLDER);
    }

    /**
     * The offer's management: its department leaders, its aftaleholder, and administrators. They read
     * the offer's audit trail, its comments and the details of its coercion cases.
     */
    public boolean isManagement(long offerId) {
        return isAdministrator() || isAftaleholder(offerId) || canEdit(offerId);
    }

    /** True when the caller is among the responsible: by name (their person) or by a role they hold in the offer. */
    public boolean isResponsible(List<ResponsibleView> responsible, long offerId) {
        for (ResponsibleView who : responsible) {
            if (who.personId() != null && who.personId().equals(personId())) {
                return true;
            }
            if (who.role() != null && rolesIn(offerId).contains(who.role())) {
                return true;
            }
        }
        return false;
    }

    /** True when the caller holds the role in at least one offer. */
    public boolean holdsRoleAnywhere(OrganisationRole role) {
        load();
        return rolesByOffer.values().stream().anyMatch(roles -> roles.contains(role));
    }

    /** True when the caller can read at least one offer (a role, supervisor access, or administrator). */
    public boolean readsAnyOffer() {
        load();
        return isAdministrator() || !rolesByOffer.isEmpty() || !supervised.isEmpty();
    }

    /** The offers where the caller holds the role. */
    public Set<Long> offersWhere(OrganisationRole role) {
        load();
        return rolesByOffer.entrySet().stream().filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    public Set<OrganisationRole> rolesIn(long offerId) {
        load();
        return rolesByOffer.getOrDefault(offerId, Set.of());
    }

    /** The offer's elements are invisible to this caller: answer as if they did not exist. */
    public void requireRead(long offerId, String kind, Object id) {
        if (!canRead(offerId)) {
            throw new NotFoundException(kind, id);
        }
    }

    public void requireEdit(long offerId, String kind, Object id) {
        requireRead(offerId, kind, id);
        if (!canEdit(offerId)) {
            throw new AccessDeniedException("Only the offer's department leaders and administrators may change "
                    + kind.toLowerCase() + " " + id + ".");
        }
    }

    public void requireAdministrator(String what) {
        if (!isAdministrator()) {
            throw new AccessDeniedException("Only administrators may " + what + ".");
        }
    }
}
