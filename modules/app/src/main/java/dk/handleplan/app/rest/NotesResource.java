package dk.handleplan.app.rest;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.NoteInput;
import dk.handleplan.activities.NoteView;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.app.security.Audited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Transactional
@Audited
@Path("api/v1/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class NotesResource {

    @Inject
    ActivityService activities;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a progress note")
    @Guard(value = Guard.Element.NOTE, action = Guard.Action.READ)
    public NoteView get(@PathParam("id") long id) {
        return activities.note(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a progress note (send the version you read)")
    @Guard(value = Guard.Element.NOTE, action = Guard.Action.EDIT)
    public NoteView update(@PathParam("id") long id, NoteInput input) {
        return activities.updateNote(id, signed(input, caller));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a progress note (restorable)")
    @Guard(value = Guard.Element.NOTE, action = Guard.Action.EDIT)
    public NoteView archive(@PathParam("id") long id) {
        return activities.archiveNote(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived progress note")
    @Guard(value = Guard.Element.NOTE, action = Guard.Action.EDIT)
    public NoteView restore(@PathParam("id") long id) {
        return activities.restoreNote(id);
    }

    /** The author of a note is the signed-in user, whatever the body says. */
    static NoteInput signed(NoteInput input, Caller caller) {
        return input == null ? null : new NoteInput(input.date(), input.text(), caller.username(), input.version());
    }
}
