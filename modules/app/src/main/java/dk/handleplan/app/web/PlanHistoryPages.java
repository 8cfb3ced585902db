package dk.handleplan.app.web;

import dk.handleplan.app.plan.PlanTree;
import dk.handleplan.app.plan.PlanTreeAssembler;
import dk.handleplan.app.security.Guard;
import dk.handleplan.audit.AuditEntry;
import dk.handleplan.audit.AuditService;
import dk.handleplan.revisions.RevisionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of a plan and of each of its elements, from the audit trail: who changed what, when, with
 * the old and the new value. For the offer's leaders, its aftaleholder and administrators, like the trail.
 */
@RequestScoped
@Path("planer/{id}/historik")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class PlanHistoryPages {

    /** Field names of the API's records, as the plan's columns call them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "Titel"),
            Map.entry("authority", "Myndighed"), Map.entry("visitDate", "Tilsynsbesøg"),
            Map.entry("reportDate", "Rapportdato"), Map.entry("status", "Status"), Map.entry("statusLabel", "Status"),
            Map.entry("theme", "Tema"), Map.entry("subject", "Emne"), Map.entry("indicatorRef", "Indikator"),
            Map.entry("departmentName", "Afdeling"), Map.entry("text", "Tekst"),
            Map.entry("expectedEffect", "Forventede effekt"), Map.entry("description", "Hvad"),
            Map.entry("documentation", "Dokumentation"), Map.entry("timeFrame", "Hvornår"),
            Map.entry("responsible", "Hvem"), Map.entry("responsibleText", "Hvem"),
            Map.entry("completedOn", "Gennemført"), Map.entry("cancelReason", "Begrundelse for aflysning"),
            Map.entry("position", "Placering"), Map.entry("archived", "Arkiveret"), Map.entry("date", "Dato"),
            Map.entry("author", "Skrevet af"), Map.entry("comment", "Kommentar"),
            Map.entry("reviewComment", "Aftaleholderens kommentar"), Map.entry("reviewedBy", "Vurderet af"));
    private static final Map<String, String> ACTIONS = Map.of("CREATE", "Oprettet", "UPDATE", "Ændret",
            "ARCHIVE", "Arkiveret", "RESTORE", "Gendannet", "MOVE", "Flyttet", "REVIEW", "Vurderet",
            "EXPORT", "Eksporteret");
    private static final Map<String, String> KINDS = Map.of("Plan", "Plan", "Section", "Emne", "Goal", "Mål",
            "Activity", "Aktivitet", "Note", "Note", "Milestone", "Milepæl", "Revision", "Revision");

    @Inject
    Pages pages;
    @Inject
    PlanTreeAssembler trees;
    @Inject
    AuditService audit;
    @Inject
    RevisionService revisions;

    /** One line of the history, in Danish. */
    public record Line(AuditEntry entry, String action, String element, String elementLink, String field) {
    }

    @GET
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.AUDIT)
    public String history(@PathParam("id") long id, @QueryParam("type") String type,
            @QueryParam("element") Long element) {
        PlanTree tree = trees.tree(id, true);
        Map<String, String> elements = elementsOf(tree, id);
        boolean one = type != null && element != null && elements.containsKey(type + ":" + element);
        List<AuditEntry> entries = one ? audit.ofOffer(tree.plan().offerId(), type, element)
                : audit.ofOffer(tree.plan().offerId(), null, null).stream()
                        .filter(e -> elements.containsKey(e.elementType() + ":" + e.elementId())).toList();
        List<Line> lines = entries.stream().map(e -> new Line(e, ACTIONS.getOrDefault(e.action(), e.action()),
                elements.get(e.elementType() + ":" + e.elementId()),
                "/planer/" + id + "/historik?type=" + e.elementType() + "&element=" + e.elementId(),
                e.field() == null ? "" : FIELDS.getOrDefault(e.field(), e.field()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("tree", tree);
        model.put("lines", lines);
        model.put("element", one ? elements.get(type + ":" + element) : null);
        return pages.page("historik", "Historik", model);
    }

    /** "Activity:12" -> "Aktivitet: Temadag om KRAP", for every element of the plan, archived ones too. */
    private Map<String, String> elementsOf(PlanTree tree, long planId) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("Plan:" + planId, "Plan: " + tree.plan().title());
        for (PlanTree.Section s : tree.sections()) {
            names.put("Section:" + s.id(), KINDS.get("Section") + ": " + s.subject());
            for (PlanTree.Goal g : s.goals()) {
                names.put("Goal:" + g.id(), KINDS.get("Goal") + ": " + g.text());
                for (PlanTree.Activity a : g.activities()) {
                    names.put("Activity:" + a.id(), KINDS.get("Activity") + ": " + a.description());
                    a.milestones().forEach(m -> names.put("Milestone:" + m.id(), KINDS.get("Milestone") + ": " + m.title()));
                    a.notes().forEach(n -> names.put("Note:" + n.id(), KINDS.get("Note") + ": " + n.text()));
                }
            }
        }
        revisions.ofPlan(planId).forEach(r -> names.put("Revision:" + r.id(), "Revision " + r.number()));
        return names;
    }
}
