package dk.handleplan.app.rest;

import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.reminders.CalendarFeedService;
import dk.handleplan.reminders.FeedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in user's personal calendar feed of the deadlines they are responsible for. Accounts not
 * linked to a person have none (409).
 */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/me/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class CalendarResource {

    @Inject
    CalendarFeedService feeds;

    @Inject
    @ConfigProperty(name = "handleplan.public-url")
    Optional<String> publicUrl;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Whether you have a calendar feed, and since when (the address is shown only when made)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public CalendarFeedView get() {
        return view(feeds.status(username()));
    }

    @POST
    @Path("renew")
    @Operation(summary = "Make a new secret address of your calendar feed (iCalendar) and show it once;"
            + " the old address stops working")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public CalendarFeedView renew() {
        return view(feeds.renew(username()));
    }

    @DELETE
    @Operation(summary = "Stop your calendar feed: its address stops working")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public CalendarFeedView stop() {
        return view(feeds.revoke(username()));
    }

    private String username() {
        return security.getUserPrincipal().getName();
    }

    private CalendarFeedView view(FeedToken token) {
        return new CalendarFeedView(token.active(), token.createdAt(),
                token.token() == null ? null : feedUrl(token.token()).toString());
    }

    /** {@code handleplan.public-url} if set (behind a proxy), else the address this request came to. */
    private URI feedUrl(String token) {
        String path = "calendar/" + token + ".ics";
        return publicUrl.map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> URI.create(u.endsWith("/") ? u : u + "/").resolve(path))
                .orElseGet(() -> uriInfo.getBaseUri().resolve(path));
    }
}
