package dk.handleplan.app.web;

import dk.handleplan.app.export.PlanVersions;
import dk.handleplan.app.rest.PlanRevisionsResource;
import dk.handleplan.app.rest.RevisionsResource;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.deadlines.DeadlineService;
import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.PlanRows;
import dk.handleplan.people.OfferService;
import dk.handleplan.revisions.PublishInput;
import dk.handleplan.revisions.ReviewInput;
import dk.handleplan.revisions.RevisionComparison;
import dk.handleplan.revisions.RevisionService;
import dk.handleplan.revisions.RevisionStatus;
import dk.handleplan.revisions.RevisionView;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's revisions: publishing one, the aftaleholder's sign-off, the plan as of a revision (or as of
 * now) with Word's marks, and the comparison of any two. Changes go through the API's resources.
 */
@RequestScoped
@Path("planer/{id}/revisioner")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class RevisionPages {

    @Inject
    Pages pages;
    @Inject
    Caller caller;
    @Inject
    PlanService plans;
    @Inject
    OfferService offers;
    @Inject
    RevisionService revisions;
    @Inject
    PlanVersions versions;
    @Inject
    DeadlineService deadlines;
    @Inject
    PlanRevisionsResource revisionsApi;
    @Inject
    RevisionsResource reviewApi;

    @GET
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public String list(@PathParam("id") long id, @QueryParam("udgivet") Integer published) {
        Map<String, Object> model = listModel(id, Map.of(), null, null, Map.of(), null);
        model.put("published", published);
        return pages.page("revisioner", "Revisioner", model);
    }

    @POST
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.EDIT)
    public Response publish(@PathParam("id") long id, @FormParam("kommentar") String comment) {
        Editing.Outcome<Response> outcome = Editing.run(() -> revisionsApi.publish(id, new PublishInput(comment)));
        if (outcome.ok()) {
            RevisionView published = (RevisionView) outcome.value().getEntity();
            return Response.seeOther(URI.create("/planer/" + id + "/revisioner?udgivet=" + published.number())).build();
        }
        return Response.status(422).type(Editing.HTML)
                .entity(listPage(id, errorsOrConflict(outcome), comment, null, Map.of(), null)).build();
    }

    @POST
    @Path("{number}/vurdering")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.SIGN_OFF)
    public Response review(@PathParam("id") long id, @PathParam("number") int number,
            @FormParam("beslutning") String decision, @FormParam("kommentar") String comment,
            @FormParam("version") Long version) {
        RevisionView revision = revisions.get(id, number);
        ReviewInput.Decision chosen = "SEND_BACK".equals(decision) ? ReviewInput.Decision.SEND_BACK
                : ReviewInput.Decision.SIGN_OFF;
        Editing.Outcome<RevisionView> outcome = Editing.run(() -> reviewApi.review(revision.id(),
                new ReviewInput(chosen, comment, version)));
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/planer/" + id + "/revisioner#revision-" + number)).build();
        }
        return Response.status(422).type(Editing.HTML)
                .entity(listPage(id, Map.of(), null, number, errorsOrConflict(outcome), comment)).build();
    }

    /** The plan as of now, marked against its latest revision. */
    @GET
    @Path("nu")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public String now(@PathParam("id") long id) {
        return documentPage(id, versions.of(id, null));
    }

    @GET
    @Path("{number}")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public String revision(@PathParam("id") long id, @PathParam("number") int number) {
        return documentPage(id, versions.of(id, number));
    }

    /** A change list from revision {@code fra} to revision {@code til} (empty: now). */
    @GET
    @Path("sammenlign")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public String compare(@PathParam("id") long id, @QueryParam("fra") Integer from, @QueryParam("til") String to) {
        List<RevisionView> all = revisions.ofPlan(id);
        Map<String, Object> model = header(id);
        model.put("revisions", all);
        if (all.isEmpty()) {
            return pages.page("sammenligning", "Sammenlign revisioner", model);
        }
        Integer toNumber = to == null || to.isBlank() || "nu".equals(to) ? null : Integer.valueOf(to);
        int fromNumber = from != null ? from : toNumber != null ? toNumber - 1 : all.get(0).number();
        Editing.Outcome<PlanVersions.Version> outcome = Editing.run(() -> versions.compare(id, fromNumber, toNumber));
        model.put("from", fromNumber);
        model.put("to", toNumber);
        model.put("errors", outcome.errors());
        if (outcome.ok()) {
            RevisionComparison comparison = outcome.value().comparison();
            model.put("groups", Arrays.stream(RevisionComparison.Type.values())
                    .map(t -> Map.entry(t, comparison.ofType(t))).toList());
            model.put("count", comparison.changes().size());
        }
        return pages.page("sammenligning", "Sammenlign revisioner", model);
    }

    private String documentPage(long id, PlanVersions.Version version) {
        PlanDocument document = version.document(deadlines.today());
        Map<String, Object> model = header(id);
        model.put("document", document);
        model.put("rows", PlanRows.of(document));
        model.put("version", version);
        model.put("exportQuery", version.revision() == null ? "" : "&revision=" + version.revision().number());
        String title = version.revision() == null ? "Planen nu" : "Revision " + version.revision().number();
        return pages.page("revision", title, model);
    }

    private String listPage(long id, Map<String, String> publishErrors, String publishComment, Integer reviewed,
            Map<String, String> reviewErrors, String reviewComment) {
        return pages.page("revisioner", "Revisioner",
                listModel(id, publishErrors, publishComment, reviewed, reviewErrors, reviewComment));
    }

    private Map<String, Object> listModel(long id, Map<String, String> publishErrors, String publishComment,
            Integer reviewed, Map<String, String> reviewErrors, String reviewComment) {
        Map<String, Object> model = header(id);
        PlanView plan = (PlanView) model.get("plan");
        model.put("revisions", revisions.ofPlan(id));
        model.put("canPublish", caller.canEdit(plan.offerId()) && !plan.archived());
        model.put("canReview", caller.isAdministrator() || caller.isAftaleholder(plan.offerId()));
        model.put("awaiting", RevisionStatus.PUBLISHED);
        model.put("publishErrors", publishErrors);
        model.put("publishComment", publishComment);
        model.put("reviewed", reviewed);
        model.put("reviewErrors", reviewErrors);
        model.put("reviewComment", reviewComment);
        return model;
    }

    private Map<String, Object> header(long id) {
        PlanView plan = plans.get(id);
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("offerName", offers.get(plan.offerId()).name());
        return model;
    }

    private static Map<String, String> errorsOrConflict(Editing.Outcome<?> outcome) {
        if (outcome.stale()) {
            return Map.of("", "Revisionen er ændret af en anden i mellemtiden. Indlæs siden igen.");
        }
        return outcome.errors();
    }
}
