package dk.handleplan.app.web;

import dk.handleplan.app.rest.GoalsResource;
import dk.handleplan.app.security.Guard;
import dk.handleplan.goals.GoalInput;
import dk.handleplan.goals.GoalRef;
import dk.handleplan.goals.GoalService;
import dk.handleplan.goals.GoalView;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Editing goals on the plan page, and adding activities to them. */
@RequestScoped
@Path("maal")
@Produces(Editing.HTML)
public class GoalPages {

    /** The goal form's values as typed. */
    public record Form(String text, String expectedEffect, Long version) {
    }

    @Inject
    Editing editing;
    @Inject
    GoalService goals;
    @Inject
    GoalsResource goalApi;
    @Inject
    ActivityPages activityPages;

    @GET
    @Path("{id}/rediger")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public Response edit(@PathParam("id") long id) {
        GoalView goal = goals.get(id);
        return form(id, new Form(goal.text(), goal.expectedEffect(), goal.version()), Map.of(), null);
    }

    @POST
    @Path("{id}")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public Response save(@PathParam("id") long id, @FormParam("tekst") String text, @FormParam("effekt") String effect,
            @FormParam("version") Long version) {
        GoalRef goal = goals.ref(id);
        Editing.Outcome<GoalView> outcome = editing.attempt(List.of(),
                () -> goalApi.update(id, new GoalInput(text, effect, version)));
        if (outcome.ok()) {
            return editing.goalChanged(goal.planId(), id);
        }
        if (outcome.stale()) {
            GoalView now = goals.get(id);
            Map<String, String[]> pairs = new LinkedHashMap<>();
            pairs.put("Mål", new String[] {text, now.text()});
            pairs.put("Forventede effekt", new String[] {effect, now.expectedEffect()});
            return form(id, new Form(text, effect, now.version()), Map.of(), Editing.differences(pairs));
        }
        return form(id, new Form(text, effect, version), outcome.errors(), null);
    }

    @POST
    @Path("{id}/flyt")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public Response move(@PathParam("id") long id, @QueryParam("retning") String direction) {
        GoalView goal = goalApi.move(id, "op".equals(direction) ? "up" : "down");
        return editing.planChanged(goal.planId());
    }

    @POST
    @Path("{id}/arkiver")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public Response archive(@PathParam("id") long id) {
        return editing.planChanged(goalApi.archive(id).planId());
    }

    @POST
    @Path("{id}/gendan")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public Response restore(@PathParam("id") long id) {
        return editing.planChanged(goalApi.restore(id).planId());
    }

    @GET
    @Path("{id}/ny-aktivitet")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public Response newActivity(@PathParam("id") long id) {
        return activityPages.newActivityForm(id, ActivityPages.emptyForm(), Map.of());
    }

    @POST
    @Path("{id}/aktiviteter")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public Response addActivity(@PathParam("id") long id, @FormParam("beskrivelse") String description,
            @FormParam("dokumentation") String documentation, @FormParam("start") String start,
            @FormParam("slut") String end, @FormParam("rolle") List<String> roles, @FormParam("person") List<Long> people,
            @FormParam("status") String status, @FormParam("gennemfoert") String completedOn,
            @FormParam("aflysningsgrund") String cancelReason) {
        return activityPages.create(id, new ActivityPages.Form(description, documentation, start, end,
                new HashSet<>(roles == null ? List.of() : roles), new HashSet<>(people == null ? List.of() : people),
                status, completedOn, cancelReason, null));
    }

    private Response form(long id, Form form, Map<String, String> errors, Map<String, String> conflict) {
        GoalRef goal = goals.ref(id);
        return editing.form("skema-maal", "Rediger mål", new Editing.Place(goal.planId(), goal.sectionId(), id),
                "/maal/" + id, form, errors, conflict, "/maal/" + id + "/rediger", Map.of());
    }
}
