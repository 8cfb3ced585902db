package dk.handleplan.app.rest;

import dk.handleplan.people.PersonInput;
import dk.handleplan.people.PersonService;
import dk.handleplan.people.PersonView;
import dk.handleplan.people.RoleInput;
import dk.handleplan.people.RoleView;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.app.security.Audited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Transactional
@Audited
@Path("api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "Persons and the roles they hold in offers and departments")
public class PeopleResource {

    @Inject
    PersonService persons;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List persons (optionally those with a role in one offer)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public List<PersonView> list(@QueryParam("archived") @DefaultValue("false") boolean archived,
            @QueryParam("offerId") Long offerId) {
        if (offerId != null && !caller.canRead(offerId)) {
            return List.of();
        }
        return persons.list(archived, offerId).stream().filter(this::visible).map(this::withVisibleRoles).toList();
    }

    /** Others see only the roles a person holds in offers they can read. */
    private PersonView withVisibleRoles(PersonView p) {
        if (caller.isAdministrator()) {
            return p;
        }
        return new PersonView(p.id(), p.name(), p.email(), p.jobTitle(), visibleRoles(p.roles()), p.archived(),
                p.version());
    }

    private List<RoleView> visibleRoles(List<RoleView> roles) {
        return caller.isAdministrator() ? roles : roles.stream().filter(r -> caller.canRead(r.offerId())).toList();
    }

    /** Administrators see everyone; others see themselves and the people of the offers they can read. */
    private boolean visible(PersonView person) {
        return caller.isAdministrator() || Long.valueOf(person.id()).equals(caller.personId())
                || person.roles().stream().anyMatch(r -> caller.canRead(r.offerId()));
    }

    @POST
    @Operation(summary = "Create a person")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response create(PersonInput input) {
        PersonView person = persons.create(input);
        return Created.at(uriInfo, "people", person.id(), person);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a person with their roles")
    @Guard(value = Guard.Element.PERSON, action = Guard.Action.READ)
    public PersonView get(@PathParam("id") long id) {
        return withVisibleRoles(persons.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a person (send the version you read)")
    @Guard(value = Guard.Element.PERSON, action = Guard.Action.ADMINISTER)
    public PersonView update(@PathParam("id") long id, PersonInput input) {
        return persons.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a person (restorable)")
    @Guard(value = Guard.Element.PERSON, action = Guard.Action.ADMINISTER)
    public PersonView archive(@PathParam("id") long id) {
        return persons.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived person")
    @Guard(value = Guard.Element.PERSON, action = Guard.Action.ADMINISTER)
    public PersonView restore(@PathParam("id") long id) {
        return persons.restore(id);
    }

    @GET
    @Path("{id}/roles")
    @Operation(summary = "List a person's current roles")
    @Guard(value = Guard.Element.PERSON, action = Guard.Action.READ)
    public List<RoleView> roles(@PathParam("id") long id) {
        return visibleRoles(persons.roles(id));
    }

    @POST
    @Path("{id}/roles")
    @Operation(summary = "Give a person a role in an offer or department")
    @Guard(value = Guard.Element.PERSON, action = Guard.Action.ADMINISTER)
    public Response assignRole(@PathParam("id") long id, RoleInput input) {
        RoleView role = persons.assignRole(id, input);
        return Created.at(uriInfo, "roles", role.id(), role);
    }
}
