package dk.handleplan.app.rest;

import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.revisions.ReviewInput;
import dk.handleplan.revisions.RevisionService;
import dk.handleplan.revisions.RevisionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One revision by its id: reading it, and the aftaleholder's sign-off. */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions")
public class RevisionsResource {

    @Inject
    RevisionService revisions;
    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @Operation(summary = "A revision (without its snapshot: see /plans/{id}/revisions/{number})")
    @Guard(value = Guard.Element.REVISION, action = Guard.Action.READ)
    public RevisionView get(@PathParam("id") long id) {
        return revisions.byId(id);
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Sign the revision off (decision SIGN_OFF) or send it back with a comment (SEND_BACK):"
            + " the offer's aftaleholder or an administrator, once per revision")
    @Guard(value = Guard.Element.REVISION, action = Guard.Action.SIGN_OFF)
    public RevisionView review(@PathParam("id") long id, ReviewInput input) {
        RevisionView revision = revisions.byId(id);
        return revisions.review(revision.planId(), revision.number(), caller.username(), input);
    }
}
