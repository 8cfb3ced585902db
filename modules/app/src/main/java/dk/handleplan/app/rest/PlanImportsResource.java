package dk.handleplan.app.rest;

import dk.handleplan.app.export.PlanImports;
import dk.handleplan.app.security.Guard;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.goals.GoalView;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.SectionView;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.function.Supplier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Importing an existing Word plan into an offer: the DOCX gives a draft to review (nothing saved), the
 * confirmed draft becomes a plan, created through the other resources in this call's one transaction (all
 * or nothing), each creation recorded in the audit trail as if typed.
 */
@RequestScoped
@Transactional
@Path("api/v1/offers/{id}/plan-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanImportsResource {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    PlanImports imports;
    @Inject
    PlansResource plans;
    @Inject
    SectionsResource sections;
    @Inject
    GoalsResource goals;
    @Inject
    ActivitiesResource activities;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes({DOCX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Read a Word plan (the DOCX as the body) into a draft with a report of what could not be"
            + " understood; nothing is saved")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public PlanImports.Preview preview(@PathParam("id") long id, byte[] docx) {
        return imports.preview(id, docx == null ? new byte[0] : docx);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the plan from a reviewed draft (every section with a theme of the quality model):"
            + " all of it, or nothing")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public Response confirm(@PathParam("id") long id, PlanImports.Confirmation confirmation) {
        PlanImports.ImportPlan inputs = imports.inputs(id, confirmation);
        PlanView plan = (PlanView) call("", () -> plans.create(inputs.plan()).getEntity());
        for (PlanImports.SectionPlan section : inputs.sections()) {
            SectionView created = (SectionView) call(section.at(), () -> plans.addSection(plan.id(), section.input())
                    .getEntity());
            for (PlanImports.GoalPlan goal : section.goals()) {
                GoalView createdGoal = (GoalView) call(goal.at(), () -> sections.addGoal(created.id(), goal.input())
                        .getEntity());
                for (PlanImports.ActivityPlan activity : goal.activities()) {
                    ActivityView createdActivity = (ActivityView) call(activity.at(),
                            () -> goals.addActivity(createdGoal.id(), activity.input()).getEntity());
                    activity.milestones().forEach(m -> call(activity.at() + "milestones.",
                            () -> activities.addMilestone(createdActivity.id(), m)));
                    activity.notes().forEach(n -> call(activity.at() + "notes.",
                            () -> activities.addNote(createdActivity.id(), n)));
                }
            }
        }
        return Created.at(uriInfo, "plans", plan.id(), plan);
    }

    /** Runs one creation, naming the draft's element in its field errors ("sections[0].goals[1].text"). */
    private static Object call(String at, Supplier<Object> creation) {
        try {
            return creation.get();
        } catch (ValidationException | ConstraintViolationException e) {
            List<FieldError> given = ProblemMapper.problem(e).errors();
            List<FieldError> errors = given == null ? List.of() : given.stream()
                    .map(f -> new FieldError(at + f.field(), f.message())).toList();
            throw new ValidationException(errors.isEmpty() ? List.of(new FieldError(at, e.getMessage())) : errors);
        }
    }
}
