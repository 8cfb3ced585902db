package dk.handleplan.app.web;

import dk.handleplan.app.plan.PlanTree;
import dk.handleplan.app.plan.PlanTreeAssembler;
import dk.handleplan.app.rest.ProblemMapper;
import dk.handleplan.app.security.Caller;
import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the editing pages share: forms shown in place (htmx) or as a page of their own (without
 * JavaScript), field errors next to their fields, stale versions shown to the user, and the answer
 * after a change (the goal's rows again, or a reload of the plan).
 */
@RequestScoped
public class Editing {

    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @Inject
    Pages pages;
    @Inject
    Caller caller;
    @Inject
    PlanTreeAssembler trees;
    @Inject
    HttpServletRequest request;
    @Inject
    Validator validator;

    /** The outcome of a change: its result, or the field errors it was refused with, or a stale version. */
    public record Outcome<T>(T value, Map<String, String> errors, boolean stale) {
        public boolean ok() {
            return errors.isEmpty() && !stale;
        }
    }

    /** A form's place on the plan page: where it sits, where success goes, where to go back to. */
    public record Place(long planId, long sectionId, Long goalId) {
        /** Forms replace themselves (errors, reload, cancel), wherever they were opened. */
        String panel() {
            return "closest form";
        }

        String back() {
            return "/planer/" + planId + (goalId == null ? "" : "#maal-" + goalId);
        }

        String target() {
            return goalId == null ? "this" : "#maal-" + goalId;
        }
    }

    boolean htmx() {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** Runs a change through the API, turning refusals into Danish field errors. */
    <T> Outcome<T> attempt(List<FieldError> parseErrors, Supplier<T> change) {
        return attempt(parseErrors, null, change);
    }

    /**
     * As {@link #attempt(List, Supplier)}; when some fields could not even be read, the input is still
     * checked against its constraints, so the form shows every error at once, not one round at a time.
     */
    <T> Outcome<T> attempt(List<FieldError> parseErrors, Object input, Supplier<T> change) {
        if (!parseErrors.isEmpty()) {
            List<FieldError> all = new ArrayList<>(parseErrors);
            if (input != null) {
                validator.validate(input).forEach(v -> all.add(new FieldError(v.getPropertyPath().toString(),
                        v.getMessage())));
            }
            return new Outcome<>(null, FormErrors.of(all), false);
        }
        return run(change);
    }

    /**
     * Runs a change through the API: refusals become Danish messages per field, a stale version
     * becomes {@code stale} (the form then shows the stored values), other conflicts a message for the
     * form as a whole. Shared by the plan's editing and the administration pages.
     */
    static <T> Outcome<T> run(Supplier<T> change) {
        try {
            return new Outcome<>(change.get(), Map.of(), false);
        } catch (ValidationException | ConstraintViolationException e) {
            return new Outcome<>(null, FormErrors.of(ProblemMapper.problem(e).errors()), false);
        } catch (ConflictException e) {
            Map<String, String> refusal = FormErrors.conflict(e);
            return refusal == null ? new Outcome<>(null, Map.of(), true) : new Outcome<>(null, refusal, false);
        }
    }

    /** A form: in place for htmx, else as a page of its own; 422 when it carries errors or a conflict. */
    Response form(String template, String heading, Place place, String action, Object form, Map<String, String> errors,
            Map<String, String> conflict, String reload, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("heading", heading);
        model.put("action", action);
        model.put("form", form);
        model.put("errors", errors);
        model.put("conflict", conflict);
        model.put("reload", reload);
        model.put("panel", place.panel());
        model.put("target", place.target());
        model.put("back", place.back());
        model.put("cancelUrl", "/tom");
        boolean failed = !errors.isEmpty() || conflict != null;
        Response.ResponseBuilder answer = Response.status(failed ? 422 : 200).type(HTML);
        if (htmx()) {
            if (failed) {
                answer.header("HX-Retarget", "this").header("HX-Reswap", "outerHTML");
            }
            return answer.entity(pages.render(template, model)).build();
        }
        model.put("formTemplate", template);
        return answer.entity(pages.page("skema-side", heading, model)).build();
    }

    /** After a change within one goal: that goal's rows again (htmx), or back to the plan. */
    Response goalChanged(long planId, long goalId) {
        if (!htmx()) {
            return Response.seeOther(URI.create("/planer/" + planId + "#maal-" + goalId)).build();
        }
        PlanTree tree = trees.tree(planId, false);
        PlanTable.Row row = PlanTable.rows(tree, new PlanTable.Filter(null, null, null, false)).stream()
                .filter(r -> r.goal() != null && r.goal().id() == goalId).findFirst().orElse(null);
        if (row == null) {
            return planChanged(planId); // the goal is gone from the live plan (archived): reload
        }
        Map<String, Object> model = new HashMap<>();
        model.put("row", row);
        model.put("tree", tree);
        model.put("canEdit", caller.canEdit(tree.plan().offerId()));
        model.put("noteable", noteable(tree));
        return Response.ok(pages.render("maal", model), HTML).build();
    }

    /** After a change to the plan's structure: reload the plan page. */
    Response planChanged(long planId) {
        if (!htmx()) {
            return Response.seeOther(URI.create("/planer/" + planId)).build();
        }
        return Response.ok("", HTML).header("HX-Refresh", "true").build();
    }

    /** The activities the caller may add progress notes to: all for leaders, else those they are responsible for. */
    Set<Long> noteable(PlanTree tree) {
        long offer = tree.plan().offerId();
        boolean all = caller.canEdit(offer);
        Set<Long> ids = new HashSet<>();
        tree.sections().forEach(s -> s.goals().forEach(g -> g.activities().forEach(a -> {
            if (all || caller.isResponsible(a.responsible(), offer)) {
                ids.add(a.id());
            }
        })));
        return ids;
    }

    /** Field label -> the stored value, for the fields where the stored element differs from what the user sent. */
    static Map<String, String> differences(Map<String, String[]> labelledMineAndTheirs) {
        Map<String, String> differing = new LinkedHashMap<>();
        labelledMineAndTheirs.forEach((label, pair) -> {
            String mine = pair[0] == null ? "" : pair[0].strip();
            String theirs = pair[1] == null ? "" : pair[1].strip();
            if (!mine.equals(theirs)) {
                differing.put(label, theirs.isEmpty() ? "(tom)" : theirs);
            }
        });
        return differing;
    }
}
