package dk.handleplan.app.web;

import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.app.persistence.DataGeneration;
import dk.handleplan.app.plan.PlanTree;
import dk.handleplan.app.plan.PlanTreeAssembler;
import dk.handleplan.app.rest.CommentsResource;
import dk.handleplan.app.rest.PlansResource;
import dk.handleplan.app.security.Caller;
import dk.handleplan.comments.CommentInput;
import dk.handleplan.comments.CommentService;
import dk.handleplan.comments.CommentTarget;
import dk.handleplan.comments.CommentView;
import dk.handleplan.app.security.Guard;
import dk.handleplan.people.OfferView;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.ThemeCatalogueService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The list of plans and the plan page in Socialtilsyn's layout. */
@RequestScoped
@Path("planer")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PlanPages {

    @Inject
    Pages pages;
    @Inject
    Caller caller;
    @Inject
    PlanService plans;
    @Inject
    ActiveOffers activeOffers;
    @Inject
    PlanTreeAssembler trees;
    @Inject
    ThemeCatalogueService themes;
    @Inject
    SectionPages sectionPages;
    @Inject
    Editing editing;
    @Inject
    CommentService commentService;
    @Inject
    PlansResource planApi;
    @Inject
    CommentsResource commentsApi;
    @Inject
    PlanTableHtml tables;

    /** A plan in the list, with its offer's name. */
    public record Listed(PlanView plan, String offerName) {
    }

    @GET
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public String list() {
        Map<Long, String> offerNames = new HashMap<>();
        boolean canImport = false;
        for (OfferView offer : activeOffers.list()) {
            offerNames.put(offer.id(), offer.name());
            canImport |= caller.canEdit(offer.id());
        }
        List<Listed> listed = plans.list(null, false).stream().filter(p -> caller.canRead(p.offerId()))
                .map(p -> new Listed(p, offerNames.getOrDefault(p.offerId(), "")))
                .sorted(Comparator.comparing(Listed::offerName).thenComparing(l -> l.plan().title())).toList();
        return pages.page("planer", "Planer", Map.of("plans", listed, "canImport", canImport));
    }

    @GET
    @Path("{id}")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public HtmlPage plan(@PathParam("id") long id, @QueryParam("tema") String theme, @QueryParam("status") String status,
            @QueryParam("ansvarlig") String responsible, @QueryParam("overskredet") String overdue,
            @QueryParam("visning") String view) {
        PlanTable.Filter filter = new PlanTable.Filter(blankToNull(theme), status(status), blankToNull(responsible),
                "ja".equals(overdue));
        return planPage(id, filter, "liste".equals(view), Map.of(), null);
    }

    /** A comment on the plan or one of its goals, by the aftaleholder, a leader or an administrator. */
    @POST
    @Path("{id}/kommentarer")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.COMMENT)
    public Response comment(@PathParam("id") long id, @FormParam("tekst") String text, @FormParam("om") String about) {
        CommentTarget target = CommentTarget.PLAN;
        Long targetId = null;
        if (about != null && about.startsWith("GOAL:")) {
            target = CommentTarget.GOAL;
            targetId = Long.valueOf(about.substring(5));
        }
        CommentInput input = new CommentInput(text, target, targetId);
        Editing.Outcome<Response> outcome = editing.attempt(List.of(), () -> planApi.comment(id, input));
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/planer/" + id + "#kommentarer")).build();
        }
        return Response.status(422).type(Editing.HTML).entity(planPage(id, new PlanTable.Filter(null, null, null, false),
                false, outcome.errors(), text)).build();
    }

    @POST
    @Path("{id}/kommentarer/{comment}/loest")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.COMMENT)
    public Response resolveComment(@PathParam("id") long id, @PathParam("comment") long comment) {
        if (commentService.get(comment).planId() != id) {
            throw new dk.handleplan.kernel.NotFoundException("Comment", comment);
        }
        commentsApi.resolve(comment);
        return Response.seeOther(URI.create("/planer/" + id + "#kommentarer")).build();
    }

    private HtmlPage planPage(long id, PlanTable.Filter filter, boolean compact, Map<String, String> commentErrors,
            String commentText) {
        // Before the tree: a write that commits after the tree was read must not have the table built
        // from it stored as current (PlanTableHtml).
        long treeReadAt = DataGeneration.current();
        PlanTree tree = trees.tree(id, false);
        long offer = tree.plan().offerId();
        Map<String, Object> model = new HashMap<>();
        model.put("tree", tree);
        model.put("filter", filter);
        model.put("statuses", Arrays.asList(ActivityStatus.values()));
        model.put("themes", themes.current().themes());
        model.put("responsibleChoices", PlanTable.responsibleChoices(tree));
        model.put("compact", compact);
        model.put("canEdit", caller.canEdit(offer));
        boolean canComment = caller.canEdit(offer) || caller.isAftaleholder(offer);
        model.put("canComment", canComment);
        if (canComment) {
            Map<String, String> goals = new LinkedHashMap<>();
            tree.sections().forEach(sec -> sec.goals().forEach(g -> goals.put("GOAL:" + g.id(), g.text())));
            model.put("comments", commentService.ofPlan(id, false, false).stream()
                    .map(c -> new Comment(c, c.target() == CommentTarget.GOAL
                            ? goals.getOrDefault("GOAL:" + c.targetId(), "et arkiveret mål") : null)).toList());
            model.put("commentGoals", goals);
            model.put("commentErrors", commentErrors);
            model.put("commentText", commentText);
        }
        return pages.pageAround("plan", tree.plan().title(), model, "tableHtml",
                tables.of(tree, treeReadAt, filter, compact, caller.canEdit(offer), editing.noteable(tree)));
    }

    /** A comment with the text of the goal it is about (null: the whole plan). */
    public record Comment(CommentView comment, String goal) {
    }

    @GET
    @Path("{id}/ny-sektion")
    @Produces(Editing.HTML)
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.EDIT)
    public Response newSection(@PathParam("id") long id) {
        return sectionPages.newSectionForm(id, new SectionPages.Form(null, "", "", null, null), Map.of());
    }

    @POST
    @Path("{id}/sektioner")
    @Produces(Editing.HTML)
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.EDIT)
    public Response addSection(@PathParam("id") long id, @FormParam("tema") String theme, @FormParam("emne") String subject,
            @FormParam("indikator") String indicator, @FormParam("afdeling") Long department) {
        return sectionPages.create(id, new SectionPages.Form(theme, subject, indicator, department, null));
    }

    /** What is archived in the plan, to be restored. */
    public record Archived(String kind, String text, String restore) {
    }

    @GET
    @Path("{id}/arkiv")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public String archive(@PathParam("id") long id) {
        PlanTree tree = trees.tree(id, true);
        List<Archived> archived = new ArrayList<>();
        for (PlanTree.Section s : tree.sections()) {
            if (s.archived()) {
                archived.add(new Archived("Emne", s.theme().name() + ": " + s.subject(), "/sektioner/" + s.id() + "/gendan"));
                continue; // what lies under an archived section comes back with it
            }
            for (PlanTree.Goal g : s.goals()) {
                if (g.archived()) {
                    archived.add(new Archived("Mål", g.text(), "/maal/" + g.id() + "/gendan"));
                    continue;
                }
                for (PlanTree.Activity a : g.activities()) {
                    if (a.archived()) {
                        archived.add(new Archived("Aktivitet", a.description(), "/aktiviteter/" + a.id() + "/gendan"));
                    }
                }
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("tree", tree);
        model.put("archived", archived);
        model.put("canEdit", caller.canEdit(tree.plan().offerId()));
        return pages.page("arkiv", "Arkiverede elementer", model);
    }

    private static ActivityStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ActivityStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null; // an unknown value in a hand-edited address filters nothing
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
