package dk.handleplan.app.web;

import dk.handleplan.access.PasswordReset;
import dk.handleplan.access.UserInput;
import dk.handleplan.access.UserService;
import dk.handleplan.access.UserView;
import dk.handleplan.app.rest.UsersResource;
import dk.handleplan.app.security.Guard;
import dk.handleplan.people.PersonService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Administrators' user pages: the accounts, a new account, deactivate and activate, reset a password. */
@RequestScoped
@Path("admin/brugere")
@Produces(Editing.HTML)
public class UserAdminPages {

    /** An account in the list, with the name of the person it is linked to. */
    public record Row(UserView user, String personName) {
    }

    @Inject
    Pages pages;
    @Inject
    UsersResource api;
    @Inject
    UserService users;
    @Inject
    PersonService persons;

    @GET
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response list(@QueryParam("besked") String notice) {
        return listPage(AdminForm.NONE, AdminForm.notice(notice));
    }

    @POST
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response create(@FormParam("brugernavn") String username, @FormParam("adgangskode") String password,
            @FormParam("person") String person, @FormParam("administrator") String administrator) {
        boolean admin = administrator != null;
        Editing.Outcome<Response> outcome = Editing.run(() -> api.create(
                new UserInput(AdminForm.blankToNull(username), password, AdminForm.id(person), admin)));
        if (outcome.ok()) {
            return AdminForm.seeOther("/admin/brugere", "oprettet");
        }
        // The password is never sent back to the browser.
        return listPage(AdminForm.refused("ny", AdminForm.values("brugernavn", username, "person", person,
                "administrator", admin ? "ja" : ""), danish(outcome.errors())), null);
    }

    @GET
    @Path("{id}")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response user(@PathParam("id") long id, @QueryParam("besked") String notice) {
        return userPage(id, AdminForm.NONE, AdminForm.notice(notice));
    }

    @POST
    @Path("{id}/deaktiver")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response deactivate(@PathParam("id") long id) {
        return setActive(id, false);
    }

    @POST
    @Path("{id}/aktiver")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response activate(@PathParam("id") long id) {
        return setActive(id, true);
    }

    @POST
    @Path("{id}/adgangskode")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response resetPassword(@PathParam("id") long id, @FormParam("adgangskode") String password) {
        Editing.Outcome<UserView> outcome = Editing.run(() -> api.resetPassword(id, new PasswordReset(password)));
        if (outcome.ok()) {
            return AdminForm.seeOther("/admin/brugere/" + id, "nulstillet");
        }
        return userPage(id, AdminForm.refused("adgangskode", Map.of(), danish(outcome.errors())), null);
    }

    private Response setActive(long id, boolean active) {
        Editing.Outcome<UserView> outcome = Editing.run(() -> active ? api.activate(id) : api.deactivate(id));
        if (outcome.ok()) {
            return AdminForm.seeOther("/admin/brugere/" + id, active ? "aktiveret" : "deaktiveret");
        }
        return userPage(id, AdminForm.refused("aktiv", Map.of(), outcome.errors()), null);
    }

    private Response listPage(AdminForm form, String notice) {
        List<UserView> all = users.list();
        Map<Long, String> names = persons.names(all.stream().map(UserView::personId).filter(Objects::nonNull).toList());
        Map<String, Object> model = new HashMap<>();
        model.put("users", all.stream().map(u -> new Row(u, u.personId() == null ? null : names.get(u.personId())))
                .toList());
        model.put("persons", persons.list(false, null));
        return AdminForm.page(pages, "admin-brugere", "Brugere", "/admin/brugere", form, notice, model);
    }

    private Response userPage(long id, AdminForm form, String notice) {
        UserView user = users.get(id);
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("personName", user.personId() == null ? null : persons.names(List.of(user.personId()))
                .get(user.personId()));
        return AdminForm.page(pages, "admin-bruger", "Bruger " + user.username(),
                "/admin/brugere/" + id, form, notice, model);
    }

    /** The user fields' rules, said in Danish. */
    private static Map<String, String> danish(Map<String, String> errors) {
        Map<String, String> result = new HashMap<>(errors);
        result.computeIfPresent("username", (k, v) -> v.equals("Værdien kan ikke bruges.")
                ? "Brug kun bogstaverne a-z, tal, punktum, bindestreg og understreg." : v);
        result.computeIfPresent("password", (k, v) -> v.equals("Skal udfyldes.") ? v
                : "Adgangskoden skal være mindst " + UserService.MIN_PASSWORD + " og højst " + UserService.MAX_PASSWORD
                        + " tegn.");
        result.computeIfPresent("personId", (k, v) -> "Personen findes ikke eller er arkiveret.");
        return result;
    }
}
