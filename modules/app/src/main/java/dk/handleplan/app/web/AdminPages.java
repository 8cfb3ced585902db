package dk.handleplan.app.web;

import dk.handleplan.access.UserService;
import dk.handleplan.app.security.Guard;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.PersonService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Map;

/**
 * The administrators' landing page. The sections have classes of their own under {@code /admin/...}
 * ({@link UserAdminPages}, {@link OfferAdminPages}, {@link PersonAdminPages}); all are for
 * administrators only and change data only through the API's resources.
 */
@RequestScoped
@Path("admin")
@Produces(Editing.HTML)
public class AdminPages {

    @Inject
    Pages pages;
    @Inject
    UserService users;
    @Inject
    OfferService offers;
    @Inject
    PersonService persons;

    @GET
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public String landing() {
        return pages.page("admin", "Administration", Map.of(
                "users", users.count(),
                "offers", offers.list(false).size(),
                "people", persons.list(false, null).size()));
    }
}
