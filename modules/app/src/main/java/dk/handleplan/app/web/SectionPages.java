package dk.handleplan.app.web;

import dk.handleplan.app.rest.PlansResource;
import dk.handleplan.app.rest.SectionsResource;
import dk.handleplan.app.security.Guard;
import dk.handleplan.goals.GoalInput;
import dk.handleplan.people.OfferService;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.SectionInput;
import dk.handleplan.themes.SectionService;
import dk.handleplan.themes.SectionView;
import dk.handleplan.themes.ThemeCatalogueService;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Editing theme sections (tema and emne) on the plan page, and adding goals to them. */
@RequestScoped
@Path("sektioner")
@Produces(Editing.HTML)
public class SectionPages {

    /** The section form's values as typed. */
    public record Form(String theme, String subject, String indicatorRef, Long departmentId, Long version) {
    }

    @Inject
    Editing editing;
    @Inject
    SectionService sections;
    @Inject
    PlanService plans;
    @Inject
    OfferService offers;
    @Inject
    ThemeCatalogueService themes;
    @Inject
    SectionsResource sectionApi;
    @Inject
    PlansResource planApi;

    @GET
    @Path("{id}/rediger")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public Response edit(@PathParam("id") long id) {
        SectionView s = sections.get(id);
        return form(s.planId(), id, "/sektioner/" + id, new Form(s.theme().code(), s.subject(), s.indicatorRef(),
                s.departmentId(), s.version()), Map.of(), null);
    }

    @POST
    @Path("{id}")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public Response save(@PathParam("id") long id, @FormParam("tema") String theme, @FormParam("emne") String subject,
            @FormParam("indikator") String indicator, @FormParam("afdeling") Long department,
            @FormParam("version") Long version) {
        SectionView before = sections.get(id);
        Editing.Outcome<SectionView> outcome = editing.attempt(List.of(),
                () -> sectionApi.update(id, new SectionInput(theme, subject, blankToNull(indicator), department, version)));
        if (outcome.ok()) {
            return editing.planChanged(before.planId());
        }
        if (outcome.stale()) {
            SectionView now = sections.get(id);
            Map<String, String[]> pairs = new LinkedHashMap<>();
            pairs.put("Tema", new String[] {theme, now.theme().code()});
            pairs.put("Emne", new String[] {subject, now.subject()});
            pairs.put("Indikator", new String[] {indicator, now.indicatorRef()});
            Map<String, String> conflict = Editing.differences(pairs);
            conflict.computeIfPresent("Tema", (k, v) -> now.theme().name());
            return form(now.planId(), id, "/sektioner/" + id, new Form(theme, subject, indicator, department,
                    now.version()), Map.of(), conflict);
        }
        return form(before.planId(), id, "/sektioner/" + id, new Form(theme, subject, indicator, department, version),
                outcome.errors(), null);
    }

    @POST
    @Path("{id}/flyt")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public Response move(@PathParam("id") long id, @QueryParam("retning") String direction) {
        return editing.planChanged(sectionApi.move(id, "op".equals(direction) ? "up" : "down").planId());
    }

    @POST
    @Path("{id}/arkiver")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public Response archive(@PathParam("id") long id) {
        return editing.planChanged(sectionApi.archive(id).planId());
    }

    @POST
    @Path("{id}/gendan")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public Response restore(@PathParam("id") long id) {
        return editing.planChanged(sectionApi.restore(id).planId());
    }

    @GET
    @Path("{id}/nyt-maal")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public Response newGoal(@PathParam("id") long id) {
        return goalForm(id, new GoalPages.Form("", "", null), Map.of());
    }

    @POST
    @Path("{id}/maal")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public Response addGoal(@PathParam("id") long id, @FormParam("tekst") String text, @FormParam("effekt") String effect) {
        SectionView section = sections.get(id);
        Editing.Outcome<Response> outcome = editing.attempt(List.of(),
                () -> sectionApi.addGoal(id, new GoalInput(text, effect, null)));
        if (outcome.ok()) {
            return editing.planChanged(section.planId());
        }
        return goalForm(id, new GoalPages.Form(text, effect, null), outcome.errors());
    }

    /** The new-section form of a plan (PlanPages). */
    Response newSectionForm(long planId, Form form, Map<String, String> errors) {
        return form(planId, null, "/planer/" + planId + "/sektioner", form, errors, null);
    }

    /** Adds a section to a plan from the typed form (PlanPages). */
    Response create(long planId, Form form) {
        Editing.Outcome<Response> outcome = editing.attempt(List.of(), () -> planApi.addSection(planId,
                new SectionInput(form.theme(), form.subject(), blankToNull(form.indicatorRef()), form.departmentId(), null)));
        if (outcome.ok()) {
            return editing.planChanged(planId);
        }
        return newSectionForm(planId, form, outcome.errors());
    }

    private Response goalForm(long sectionId, GoalPages.Form form, Map<String, String> errors) {
        SectionView section = sections.get(sectionId);
        return editing.form("skema-maal", "Nyt mål", new Editing.Place(section.planId(), sectionId, null),
                "/sektioner/" + sectionId + "/maal", form, errors, null, null, Map.of());
    }

    private Response form(long planId, Long sectionId, String action, Form form, Map<String, String> errors,
            Map<String, String> conflict) {
        PlanView plan = plans.get(planId);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("themes", themes.catalogue(plan.catalogueId()).themes());
        extra.put("departments", offers.departments(plan.offerId(), false));
        Editing.Place place = sectionId == null ? new Editing.Place(planId, 0, null) : new Editing.Place(planId, sectionId, null);
        return editing.form("skema-sektion", sectionId == null ? "Nyt tema og emne" : "Rediger tema og emne", place,
                action, form, errors, conflict, sectionId == null ? null : "/sektioner/" + sectionId + "/rediger", extra);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
