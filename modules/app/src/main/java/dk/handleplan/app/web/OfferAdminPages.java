package dk.handleplan.app.web;

import dk.handleplan.app.rest.DepartmentsResource;
import dk.handleplan.app.rest.OffersResource;
import dk.handleplan.app.security.Guard;
import dk.handleplan.people.DepartmentInput;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferInput;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
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
import java.util.HashMap;
import java.util.Map;

/**
 * Administrators' pages for offers and their departments: the list, a new offer, and one offer's page
 * with its name, its departments (add, rename, archive, restore) and archiving (after a confirmation).
 */
@RequestScoped
@Path("admin/tilbud")
@Produces(Editing.HTML)
public class OfferAdminPages {

    private static final String LIST = "/admin/tilbud";

    @Inject
    Pages pages;
    @Inject
    OffersResource offerApi;
    @Inject
    DepartmentsResource departmentApi;
    @Inject
    OfferService offers;

    @GET
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response list(@QueryParam("besked") String notice) {
        return listPage(AdminForm.NONE, AdminForm.notice(notice));
    }

    @POST
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response create(@FormParam("navn") String name, @FormParam("kommune") String municipality) {
        Editing.Outcome<Response> outcome = Editing.run(() -> offerApi.create(
                new OfferInput(AdminForm.blankToNull(name), AdminForm.blankToNull(municipality), null)));
        if (outcome.ok()) {
            return AdminForm.seeOther(LIST + "/" + ((OfferView) outcome.value().getEntity()).id(), "oprettet");
        }
        return listPage(AdminForm.refused("nyt", AdminForm.values("navn", name, "kommune", municipality),
                outcome.errors()), null);
    }

    @GET
    @Path("{id}")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response offer(@PathParam("id") long id, @QueryParam("besked") String notice) {
        return offerPage(id, AdminForm.NONE, AdminForm.notice(notice));
    }

    @POST
    @Path("{id}")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response rename(@PathParam("id") long id, @FormParam("navn") String name,
            @FormParam("kommune") String municipality, @FormParam("version") String version) {
        Editing.Outcome<OfferView> outcome = Editing.run(() -> offerApi.update(id,
                new OfferInput(AdminForm.blankToNull(name), AdminForm.blankToNull(municipality), AdminForm.id(version))));
        if (outcome.ok()) {
            return AdminForm.seeOther(LIST + "/" + id, "gemt");
        }
        Map<String, String> typed = AdminForm.values("navn", name, "kommune", municipality, "version", version);
        if (outcome.stale()) {
            typed.put("version", Long.toString(offers.get(id).version()));
            return offerPage(id, AdminForm.stale("tilbud", typed), null);
        }
        return offerPage(id, AdminForm.refused("tilbud", typed, outcome.errors()), null);
    }

    /** Asks before archiving: the offer's plans and people's roles in it go out of sight with it. */
    @GET
    @Path("{id}/arkiver")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public String confirmArchive(@PathParam("id") long id) {
        OfferView offer = offers.get(id);
        return pages.page("admin-arkiver", "Arkivér " + offer.name(), Map.of("offer", offer));
    }

    @POST
    @Path("{id}/arkiver")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response archive(@PathParam("id") long id) {
        offerApi.archive(id);
        return AdminForm.seeOther(LIST, "arkiveret");
    }

    @POST
    @Path("{id}/gendan")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response restore(@PathParam("id") long id) {
        offerApi.restore(id);
        return AdminForm.seeOther(LIST + "/" + id, "gendannet");
    }

    @POST
    @Path("{id}/afdelinger")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response addDepartment(@PathParam("id") long id, @FormParam("navn") String name) {
        Editing.Outcome<Response> outcome = Editing.run(() -> offerApi.addDepartment(id,
                new DepartmentInput(AdminForm.blankToNull(name), null)));
        if (outcome.ok()) {
            return AdminForm.seeOther(LIST + "/" + id, "oprettet");
        }
        return offerPage(id, AdminForm.refused("ny-afdeling", AdminForm.values("navn", name), outcome.errors()), null);
    }

    @POST
    @Path("afdelinger/{id}")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response renameDepartment(@PathParam("id") long id, @FormParam("navn") String name,
            @FormParam("version") String version) {
        DepartmentView before = offers.department(id);
        Editing.Outcome<DepartmentView> outcome = Editing.run(() -> departmentApi.update(id,
                new DepartmentInput(AdminForm.blankToNull(name), AdminForm.id(version))));
        if (outcome.ok()) {
            return AdminForm.seeOther(LIST + "/" + before.offerId(), "gemt");
        }
        Map<String, String> typed = AdminForm.values("navn", name, "version", version);
        if (outcome.stale()) {
            typed.put("version", Long.toString(offers.department(id).version()));
            return offerPage(before.offerId(), AdminForm.stale("afdeling-" + id, typed), null);
        }
        return offerPage(before.offerId(), AdminForm.refused("afdeling-" + id, typed, outcome.errors()), null);
    }

    @POST
    @Path("afdelinger/{id}/arkiver")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response archiveDepartment(@PathParam("id") long id) {
        return AdminForm.seeOther(LIST + "/" + departmentApi.archive(id).offerId(), "arkiveret");
    }

    @POST
    @Path("afdelinger/{id}/gendan")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response restoreDepartment(@PathParam("id") long id) {
        return AdminForm.seeOther(LIST + "/" + departmentApi.restore(id).offerId(), "gendannet");
    }

    private Response listPage(AdminForm form, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("offers", offers.list(false));
        model.put("archived", offers.list(true));
        return AdminForm.page(pages, "admin-tilbud", "Tilbud og afdelinger", "/admin/tilbud", form, notice, model);
    }

    private Response offerPage(long id, AdminForm form, String notice) {
        OfferView offer = offers.get(id);
        Map<String, Object> model = new HashMap<>();
        model.put("offer", offer);
        model.put("departments", offers.departments(id, false));
        model.put("archivedDepartments", offers.departments(id, true));
        return AdminForm.page(pages, "admin-tilbuddet", offer.name(), "/admin/tilbud/" + id, form, notice, model);
    }
}
