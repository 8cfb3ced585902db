package dk.handleplan.app.web;

import dk.handleplan.app.rest.PeopleResource;
import dk.handleplan.app.rest.RolesResource;
import dk.handleplan.app.security.Guard;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OrganisationRole;
import dk.handleplan.people.PersonInput;
import dk.handleplan.people.PersonService;
import dk.handleplan.people.PersonView;
import dk.handleplan.people.RoleInput;
import dk.handleplan.people.RoleView;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Administrators' pages for people and the roles they hold in offers and departments. */
@RequestScoped
@Path("admin/personer")
@Produces(Editing.HTML)
public class PersonAdminPages {

    private static final String LIST = "/admin/personer";

    /** A role as plans say it: "Afdelingsleder i Bostedet Lærkereden, Hus Ahorn". */
    public record Role(long id, String text) {
    }

    /** A person with their roles in words. */
    public record Row(PersonView person, List<Role> roles) {
    }

    @Inject
    Pages pages;
    @Inject
    PeopleResource peopleApi;
    @Inject
    RolesResource roleApi;
    @Inject
    PersonService persons;
    @Inject
    OfferService offers;

    @GET
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response list(@QueryParam("besked") String notice) {
        return listPage(AdminForm.NONE, AdminForm.notice(notice));
    }

    @POST
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response create(@FormParam("navn") String name, @FormParam("email") String email,
            @FormParam("stilling") String jobTitle) {
        Editing.Outcome<Response> outcome = Editing.run(() -> peopleApi.create(new PersonInput(
                AdminForm.blankToNull(name), AdminForm.blankToNull(email), AdminForm.blankToNull(jobTitle), null)));
        if (outcome.ok()) {
            return AdminForm.seeOther(LIST + "/" + ((PersonView) outcome.value().getEntity()).id(), "oprettet");
        }
        return listPage(AdminForm.refused("ny", AdminForm.values("navn", name, "email", email, "stilling", jobTitle),
                danish(outcome.errors())), null);
    }

    @GET
    @Path("{id}")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response person(@PathParam("id") long id, @QueryParam("besked") String notice) {
        return personPage(id, AdminForm.NONE, AdminForm.notice(notice));
    }

    @POST
    @Path("{id}")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response save(@PathParam("id") long id, @FormParam("navn") String name, @FormParam("email") String email,
            @FormParam("stilling") String jobTitle, @FormParam("version") String version) {
        Editing.Outcome<PersonView> outcome = Editing.run(() -> peopleApi.update(id, new PersonInput(
                AdminForm.blankToNull(name), AdminForm.blankToNull(email), AdminForm.blankToNull(jobTitle),
                AdminForm.id(version))));
        if (outcome.ok()) {
            return AdminForm.seeOther(LIST + "/" + id, "gemt");
        }
        Map<String, String> typed = AdminForm.values("navn", name, "email", email, "stilling", jobTitle,
                "version", version);
        if (outcome.stale()) {
            typed.put("version", Long.toString(persons.get(id).version()));
            return personPage(id, AdminForm.stale("person", typed), null);
        }
        return personPage(id, AdminForm.refused("person", typed, danish(outcome.errors())), null);
    }

    @POST
    @Path("{id}/roller")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response addRole(@PathParam("id") long id, @FormParam("rolle") String role, @FormParam("tilbud") String offer,
            @FormParam("afdeling") String department) {
        Map<String, String> typed = AdminForm.values("rolle", role, "tilbud", offer, "afdeling", department);
        OrganisationRole chosen = Arrays.stream(OrganisationRole.values()).filter(r -> r.name().equals(role))
                .findFirst().orElse(null);
        Editing.Outcome<Response> outcome = Editing.run(() -> peopleApi.assignRole(id,
                new RoleInput(chosen, AdminForm.id(offer), AdminForm.id(department))));
        if (outcome.ok()) {
            return AdminForm.seeOther(LIST + "/" + id, "rolle");
        }
        return personPage(id, AdminForm.refused("rolle", typed, danish(outcome.errors())), null);
    }

    @POST
    @Path("{id}/roller/{role}/fjern")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response endRole(@PathParam("id") long id, @PathParam("role") long role) {
        roleApi.end(role);
        return AdminForm.seeOther(LIST + "/" + id, "fjernet");
    }

    private Response listPage(AdminForm form, String notice) {
        List<PersonView> all = persons.list(false, null);
        Map<String, Object> model = new HashMap<>();
        model.put("people", all.stream().map(p -> new Row(p, roles(p.roles()))).toList());
        return AdminForm.page(pages, "admin-personer", "Personer og roller", "/admin/personer", form, notice, model);
    }

    private Response personPage(long id, AdminForm form, String notice) {
        PersonView person = persons.get(id);
        Map<String, Object> model = new HashMap<>();
        model.put("person", person);
        model.put("roles", roles(person.roles()));
        model.put("roleChoices", OrganisationRole.values());
        model.put("offers", offers.list(false));
        return AdminForm.page(pages, "admin-person", person.name(), "/admin/personer/" + id, form, notice, model);
    }

    /** The roles in words, with the names of their offers and departments (archived ones included). */
    private List<Role> roles(List<RoleView> roles) {
        Map<Long, String> offerNames = new HashMap<>();
        for (boolean archived : new boolean[] {false, true}) {
            offers.list(archived).forEach(o -> offerNames.put(o.id(), o.name()));
        }
        Map<Long, String> departmentNames = offers.departmentNames(
                roles.stream().map(RoleView::departmentId).filter(Objects::nonNull).toList());
        List<Role> result = new ArrayList<>();
        for (RoleView r : roles) {
            if (r.archived()) {
                continue;
            }
            String text = r.roleLabel() + " i " + offerNames.getOrDefault(r.offerId(), "tilbud " + r.offerId())
                    + (r.departmentId() == null ? "" : ", " + departmentNames.get(r.departmentId()));
            result.add(new Role(r.id(), text));
        }
        return result;
    }

    /** The person and role fields' rules, said in Danish. */
    private static Map<String, String> danish(Map<String, String> errors) {
        Map<String, String> result = new HashMap<>(errors);
        result.computeIfPresent("role", (k, v) -> "Vælg en rolle.");
        result.computeIfPresent("offerId", (k, v) -> "Vælg et tilbud.");
        result.computeIfPresent("departmentId", (k, v) -> "Afdelingen hører ikke til det valgte tilbud.");
        return result;
    }
}
