package dk.handleplan.app.web;

import dk.handleplan.app.export.PlanImports;
import dk.handleplan.app.rest.PlanImportsResource;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.PlanRows;
import dk.handleplan.documents.wordimport.WordImportException;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.ThemeCatalogueService;
import dk.handleplan.themes.ThemeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.mail.BodyPart;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Importing an existing Word plan: upload the DOCX, review the draft with everything that could not be
 * understood and choose a quality-model theme where the Word plan's theme was unknown, then save it.
 * Nothing is saved before that; saving goes through the API's resource, all or nothing.
 */
@RequestScoped
@Path("planer/import")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ImportPages {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Pages pages;
    @Inject
    Caller caller;
    @Inject
    OfferService offers;
    @Inject
    ThemeCatalogueService themes;
    @Inject
    PlanImports imports;
    @Inject
    PlanImportsResource importsApi;
    @Inject
    HttpServletRequest request;

    /** The posted form's fields by name. */
    private record Form(HttpServletRequest request) {
        String getFirst(String name) {
            return request.getParameter(name);
        }
    }

    @GET
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public String form() {
        return uploadPage(null, null);
    }

    /** The uploaded file (multipart, parsed with Jakarta Mail, so no extra library): its draft, saved nowhere. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public Response upload(@HeaderParam("Content-Type") String contentType, byte[] body) {
        Map<String, byte[]> parts = parts(contentType, body);
        Long offer = number(parts.get("tilbud"));
        if (offer == null || !caller.canEdit(offer)) {
            return Response.status(422).type(Editing.HTML).entity(uploadPage(offer, "Vælg et tilbud, du må redigere.")).build();
        }
        byte[] docx = parts.get("fil");
        if (docx == null || docx.length == 0) {
            return Response.status(422).type(Editing.HTML).entity(uploadPage(offer, "Vælg en Word-fil (.docx).")).build();
        }
        try {
            PlanImports.Preview preview = importsApi.preview(offer, docx);
            PlanDocument.Header h = preview.draft().header();
            return Response.ok(previewPage(offer, preview.draft(), preview.problems(),
                    new Header(h.planTitle(), h.authority(), date(h.visitDate()), date(h.reportDate())), Map.of()))
                    .type(Editing.HTML).build();
        } catch (WordImportException e) {
            return Response.status(422).type(Editing.HTML).entity(uploadPage(offer, e.getMessage())).build();
        }
    }

    /** The header fields as typed, kept as text so a wrong date comes back as written. */
    public record Header(String title, String authority, String visitDate, String reportDate) {
    }

    @POST
    @Path("gem")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public Response save() {
        // Read from the servlet request: the CSRF filter has already read the form body through it.
        Form form = new Form(request);
        Long offer = number(form.getFirst("tilbud"));
        if (offer == null || !caller.canEdit(offer)) {
            throw new NotFoundException("Offer", form.getFirst("tilbud"));
        }
        PlanDocument draft;
        try {
            draft = JSON.fromJson(form.getFirst("kladde"), PlanDocument.class);
        } catch (JsonbException | NullPointerException e) {
            return Response.status(422).type(Editing.HTML).entity(uploadPage(offer,
                    "Kladden kunne ikke læses. Indlæs Word-filen igen.")).build();
        }
        List<PlanDocument.Section> sections = new ArrayList<>();
        for (int i = 0; i < draft.sections().size(); i++) {
            PlanDocument.Section s = draft.sections().get(i);
            String chosen = form.getFirst("tema-" + i);
            String code = chosen == null || chosen.isBlank() ? null : chosen;
            sections.add(new PlanDocument.Section(code, s.themeName(), s.subject(), s.departmentName(), s.mark(),
                    s.goals()));
        }
        draft = new PlanDocument(draft.header(), sections);
        Header header = new Header(form.getFirst("titel"), form.getFirst("myndighed"), form.getFirst("besoeg"),
                form.getFirst("rapport"));
        Map<String, String> errors = new HashMap<>();
        LocalDate visit = parseDate(header.visitDate(), "visitDate", errors);
        LocalDate report = parseDate(header.reportDate(), "reportDate", errors);
        if (!errors.isEmpty()) {
            return Response.status(422).type(Editing.HTML).entity(previewPage(offer, draft, List.of(), header, errors))
                    .build();
        }
        PlanDocument confirmed = draft;
        Editing.Outcome<Response> outcome = Editing.run(() -> importsApi.confirm(offer,
                new PlanImports.Confirmation(header.title(), header.authority(), visit, report, confirmed)));
        if (outcome.ok()) {
            PlanView plan = (PlanView) outcome.value().getEntity();
            return Response.seeOther(URI.create("/planer/" + plan.id())).build();
        }
        return Response.status(422).type(Editing.HTML)
                .entity(previewPage(offer, draft, List.of(), header, outcome.errors())).build();
    }

    private String uploadPage(Long offer, String error) {
        Map<String, Object> model = new HashMap<>();
        List<OfferView> editable = offers.list(false).stream().filter(o -> caller.canEdit(o.id())).toList();
        model.put("offers", editable);
        model.put("offer", offer);
        model.put("error", error);
        return pages.page("import", "Indlæs en Word-plan", model);
    }

    private String previewPage(long offer, PlanDocument draft, List<?> problems, Header header,
            Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("offer", offers.get(offer));
        model.put("draft", draft);
        model.put("draftJson", JSON.toJson(draft));
        model.put("rows", PlanRows.of(draft));
        model.put("problems", problems);
        model.put("header", header);
        model.put("errors", errors);
        List<ThemeView> catalogue = themes.current().themes();
        model.put("themes", catalogue);
        return pages.page("import-kladde", "Gennemse den indlæste plan", model);
    }

    private static Map<String, byte[]> parts(String contentType, byte[] body) {
        Map<String, byte[]> parts = new HashMap<>();
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(body, contentType));
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String[] disposition = part.getHeader("Content-Disposition");
                if (disposition == null || disposition.length == 0) {
                    continue;
                }
                String name = new ContentDisposition(disposition[0]).getParameter("name");
                if (name != null) {
                    parts.put(name, part.getInputStream().readAllBytes());
                }
            }
        } catch (MessagingException | IOException e) {
            // an unreadable upload reads as one without a file: the page asks for the file again
        }
        return parts;
    }

    private static Long number(byte[] text) {
        return text == null ? null : number(new String(text, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static LocalDate parseDate(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Skriv datoen som åååå-mm-dd.");
            return null;
        }
    }
}
