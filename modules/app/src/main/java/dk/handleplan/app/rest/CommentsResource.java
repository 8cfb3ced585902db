package dk.handleplan.app.rest;

import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.comments.CommentService;
import dk.handleplan.comments.CommentView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Comments on plans (created under {@code /plans/{id}/comments}). */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Remarks on plans by the offer's aftaleholder and leaders")
public class CommentsResource {

    @Inject
    CommentService comments;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a comment")
    @Guard(value = Guard.Element.COMMENT, action = Guard.Action.COMMENT)
    public CommentView get(@PathParam("id") long id) {
        return comments.get(id);
    }

    @POST
    @Path("{id}/resolve")
    @Operation(summary = "Mark a comment as dealt with")
    @Guard(value = Guard.Element.COMMENT, action = Guard.Action.COMMENT)
    public CommentView resolve(@PathParam("id") long id) {
        return comments.resolve(id, caller.username());
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Open a resolved comment again")
    @Guard(value = Guard.Element.COMMENT, action = Guard.Action.COMMENT)
    public CommentView reopen(@PathParam("id") long id) {
        return comments.reopen(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a comment (its author or an administrator)")
    @Guard(value = Guard.Element.COMMENT, action = Guard.Action.COMMENT)
    public CommentView archive(@PathParam("id") long id) {
        return comments.archive(id, caller.username(), caller.isAdministrator());
    }
}
