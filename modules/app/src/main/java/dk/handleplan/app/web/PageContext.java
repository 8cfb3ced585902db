package dk.handleplan.app.web;

import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Csrf;
import dk.handleplan.people.OrganisationRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** What every page needs to know about the request: who is signed in, their CSRF token, the menu. */
@RequestScoped
public class PageContext {

    @Inject
    Caller caller;
    @Inject
    HttpServletRequest request;

    public String getUsername() {
        return caller.username();
    }

    public boolean isSignedIn() {
        return caller.username() != null;
    }

    public boolean isAdministrator() {
        return caller.isAdministrator();
    }

    /** Shows the overview across offers: administrators and anyone who is aftaleholder somewhere. */
    public boolean isOverviewUser() {
        return caller.isAdministrator() || caller.holdsRoleAnywhere(OrganisationRole.AFTALEHOLDER);
    }

    /** Shows "Magtanvendelser": anyone who reads an offer (details or counts, as their role allows). */
    public boolean isOfferReader() {
        return caller.readsAnyOffer();
    }

    public String getCsrfToken() {
        return Csrf.token(request);
    }

    /** htmx sends this header with every request it makes, so its changes pass the CSRF check. */
    public String getHtmxHeaders() {
        return "{\"" + Csrf.HEADER + "\": \"" + getCsrfToken() + "\"}";
    }

    /** The path of this request, for marking the current menu item. */
    public String getPath() {
        return request.getRequestURI();
    }
}
