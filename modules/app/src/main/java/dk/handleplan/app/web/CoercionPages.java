package dk.handleplan.app.web;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.app.rest.CoercionCasesResource;
import dk.handleplan.app.rest.CoercionFollowUpsResource;
import dk.handleplan.app.rest.OfferCoercionCasesResource;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.coercion.CoercionCaseInput;
import dk.handleplan.coercion.CoercionCaseView;
import dk.handleplan.coercion.CoercionFollowUpInput;
import dk.handleplan.coercion.CoercionFollowUpView;
import dk.handleplan.coercion.CoercionReportView;
import dk.handleplan.coercion.CoercionService;
import dk.handleplan.coercion.FollowUpKind;
import dk.handleplan.coercion.MeasureKindService;
import dk.handleplan.coercion.MeasureKindView;
import dk.handleplan.coercion.RuleSet;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.monitoring.Quarter;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
import dk.handleplan.people.PersonService;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coercion pages ("Magtanvendelser"): per offer the caller reads, its cases with their flags for
 * the offer's management (afdelingsledere, aftaleholder, administrators), the counts for everyone else;
 * registering and changing a case, its follow-up steps, and the quarterly report. Details are read
 * through the API's resources, so every page that shows them is recorded in the audit trail as a view.
 */
@RequestScoped
@Path("magtanvendelser")
@Produces(Editing.HTML)
public class CoercionPages {

    /** A case form's fields as typed, named as the API's input (so its field errors land on them). */
    public static class CaseFields {
        @FormParam("departmentId")
        public String departmentId;
        @FormParam("occurredAt")
        public String occurredAt;
        @FormParam("residentRef")
        public String residentRef;
        @FormParam("ruleSet")
        public String ruleSet;
        @FormParam("measureKind")
        public String measureKind;
        @FormParam("durationMinutes")
        public String durationMinutes;
        @FormParam("staffCount")
        public String staffCount;
        @FormParam("staffNames")
        public String staffNames;
        @FormParam("acute")
        public String acute;
        @FormParam("registeredAt")
        public String registeredAt;
        @FormParam("municipalityReportedAt")
        public String municipalityReportedAt;
        @FormParam("socialtilsynReportedAt")
        public String socialtilsynReportedAt;
        @FormParam("relativesInformedAt")
        public String relativesInformedAt;
        @FormParam("version")
        public Long version;

        Map<String, String> typed() {
            Map<String, String> m = new HashMap<>();
            m.put("departmentId", departmentId);
            m.put("occurredAt", occurredAt);
            m.put("residentRef", residentRef);
            m.put("ruleSet", ruleSet);
            m.put("measureKind", measureKind);
            m.put("durationMinutes", durationMinutes);
            m.put("staffCount", staffCount);
            m.put("staffNames", staffNames);
            m.put("acute", acute);
            m.put("registeredAt", registeredAt);
            m.put("municipalityReportedAt", municipalityReportedAt);
            m.put("socialtilsynReportedAt", socialtilsynReportedAt);
            m.put("relativesInformedAt", relativesInformedAt);
            return m;
        }
    }

    /** A follow-up step's fields as typed. */
    public static class StepFields {
        @FormParam("kind")
        public String kind;
        @FormParam("date")
        public String date;
        @FormParam("text")
        public String text;
        @FormParam("learning")
        public String learning;
        @FormParam("who")
        public String who;
        @FormParam("activityId")
        public String activityId;
        @FormParam("version")
        public Long version;

        Map<String, String> typed() {
            Map<String, String> m = new HashMap<>();
            m.put("kind", kind);
            m.put("date", date);
            m.put("text", text);
            m.put("learning", learning);
            m.put("who", who);
            m.put("activityId", activityId);
            return m;
        }
    }

    /** One offer on the list page: its cases (details) or only this quarter's counts. */
    public record OfferCoercion(OfferView offer, boolean details, boolean canRecord, List<DepartmentView> departments,
            List<CoercionCaseView> cases, CoercionReportView counts) {
    }

    /** An activity a plan action can point to: "plan title: activity". */
    public record ActivityChoice(long id, String label) {
    }

    /** A step as the case page shows it, with the link to its plan activity when it has one. */
    public record Step(CoercionFollowUpView step, String activityLabel, String activityUrl) {
    }

    /** Danish dates and times for the templates ("3. marts 2025 kl. 14.30"). */
    public static final class Times {
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Pages.DANISH);
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm",
                Pages.DANISH);

        public String date(LocalDate day) {
            return day == null ? "–" : DATE.format(day);
        }

        public String time(LocalDateTime at) {
            return at == null ? "–" : TIME.format(at);
        }
    }

    static final Times TIMES = new Times();

    @Inject
    Pages pages;
    @Inject
    Editing editing;
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    OfferService offers;
    @Inject
    ActiveOffers activeOffers;
    @Inject
    PersonService persons;
    @Inject
    PlanService plans;
    @Inject
    ActivityService activities;
    @Inject
    CoercionService coercion;
    @Inject
    MeasureKindService kinds;
    @Inject
    OfferCoercionCasesResource offerCaseApi;
    @Inject
    CoercionCasesResource caseApi;
    @Inject
    CoercionFollowUpsResource stepApi;

    // --- the list ---

    @GET
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public String list(@QueryParam("afdeling") Long department, @QueryParam("arkiverede") boolean archived) {
        List<OfferCoercion> shown = new ArrayList<>();
        for (OfferView offer : activeOffers.list()) {
            if (!caller.canRead(offer.id())) {
                continue;
            }
            List<DepartmentView> departments = offers.departments(offer.id(), false);
            if (caller.isManagement(offer.id())) {
                Long filter = departments.stream().anyMatch(d -> department != null && d.id() == department)
                        ? department : null;
                shown.add(new OfferCoercion(offer, true, caller.canEdit(offer.id()), departments,
                        offerCaseApi.list(offer.id(), filter, archived), null));
            } else {
                shown.add(new OfferCoercion(offer, false, false, departments, List.of(),
                        coercion.offerReport(offer.id(), null)));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("offers", shown);
        model.put("department", department);
        model.put("archived", archived);
        model.put("times", TIMES);
        return pages.page("magtanvendelser", "Magtanvendelser", model);
    }

    // --- registering and changing a case ---

    @GET
    @Path("tilbud/{id}/ny")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public String newCase(@PathParam("id") long id, @QueryParam("afdeling") Long department) {
        Map<String, String> form = new HashMap<>();
        form.put("departmentId", department == null ? "" : department.toString());
        form.put("occurredAt", "");
        form.put("ruleSet", RuleSet.ADULT.name());
        form.put("acute", "true");
        return caseForm(id, null, form, null, Map.of(), null);
    }

    @POST
    @Path("tilbud/{id}")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public Response create(@PathParam("id") long id, @BeanParam CaseFields fields) {
        List<FieldError> parseErrors = new ArrayList<>();
        CoercionCaseInput input = input(fields, null, parseErrors);
        Editing.Outcome<Response> outcome = editing.attempt(parseErrors, input, () -> offerCaseApi.create(id, input));
        if (outcome.ok()) {
            CoercionCaseView created = (CoercionCaseView) outcome.value().getEntity();
            return Response.seeOther(URI.create("/magtanvendelser/sag/" + created.id())).build();
        }
        return Response.status(422).entity(caseForm(id, null, fields.typed(), null, outcome.errors(), null)).build();
    }

    @GET
    @Path("sag/{id}/rediger")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.EDIT)
    public String editCase(@PathParam("id") long id) {
        CoercionCaseView c = caseApi.get(id);
        return caseForm(c.offerId(), c, typed(c), c.version(), Map.of(), null);
    }

    @POST
    @Path("sag/{id}")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.EDIT)
    public Response update(@PathParam("id") long id, @BeanParam CaseFields fields) {
        List<FieldError> parseErrors = new ArrayList<>();
        CoercionCaseInput input = input(fields, fields.version, parseErrors);
        Editing.Outcome<CoercionCaseView> outcome = editing.attempt(parseErrors, input, () -> caseApi.update(id, input));
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/magtanvendelser/sag/" + id)).build();
        }
        CoercionCaseView now = caseApi.get(id);
        if (outcome.stale()) {
            Map<String, String> mine = fields.typed();
            Map<String, String> theirs = typed(now);
            Map<String, String[]> pairs = new LinkedHashMap<>();
            CASE_LABELS.forEach((field, label) -> pairs.put(label, new String[] {mine.get(field), theirs.get(field)}));
            return Response.status(422).entity(caseForm(now.offerId(), now, mine, now.version(), Map.of(),
                    Editing.differences(pairs))).build();
        }
        return Response.status(422).entity(caseForm(now.offerId(), now, fields.typed(), fields.version,
                outcome.errors(), null)).build();
    }

    @POST
    @Path("sag/{id}/arkiver")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.EDIT)
    public Response archive(@PathParam("id") long id) {
        caseApi.archive(id);
        return Response.seeOther(URI.create("/magtanvendelser/sag/" + id)).build();
    }

    @POST
    @Path("sag/{id}/gendan")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.EDIT)
    public Response restore(@PathParam("id") long id) {
        caseApi.restore(id);
        return Response.seeOther(URI.create("/magtanvendelser/sag/" + id)).build();
    }

    // --- the case and its follow-up ---

    @GET
    @Path("sag/{id}")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.COERCION_DETAILS)
    public String showCase(@PathParam("id") long id) {
        return casePage(id, emptyStep(), Map.of());
    }

    @POST
    @Path("sag/{id}/trin")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.EDIT)
    public Response addStep(@PathParam("id") long id, @BeanParam StepFields fields) {
        List<FieldError> parseErrors = new ArrayList<>();
        CoercionFollowUpInput input = input(fields, null, parseErrors);
        Editing.Outcome<Response> outcome = editing.attempt(parseErrors, input, () -> caseApi.addFollowUp(id, input));
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/magtanvendelser/sag/" + id + "#opfoelgning")).build();
        }
        return Response.status(422).entity(casePage(id, fields.typed(), outcome.errors())).build();
    }

    @GET
    @Path("trin/{id}/rediger")
    @Guard(value = Guard.Element.COERCION_FOLLOW_UP, action = Guard.Action.EDIT)
    public String editStep(@PathParam("id") long id) {
        CoercionFollowUpView step = stepApi.get(id);
        return stepForm(step, typed(step), step.version(), Map.of(), null);
    }

    @POST
    @Path("trin/{id}")
    @Guard(value = Guard.Element.COERCION_FOLLOW_UP, action = Guard.Action.EDIT)
    public Response updateStep(@PathParam("id") long id, @BeanParam StepFields fields) {
        List<FieldError> parseErrors = new ArrayList<>();
        CoercionFollowUpInput input = input(fields, fields.version, parseErrors);
        Editing.Outcome<CoercionFollowUpView> outcome = editing.attempt(parseErrors, input,
                () -> stepApi.update(id, input));
        if (outcome.ok()) {
            return Response.seeOther(URI.create("/magtanvendelser/sag/" + outcome.value().caseId() + "#opfoelgning"))
                    .build();
        }
        CoercionFollowUpView now = stepApi.get(id);
        if (outcome.stale()) {
            Map<String, String> mine = fields.typed();
            Map<String, String> theirs = typed(now);
            Map<String, String[]> pairs = new LinkedHashMap<>();
            STEP_LABELS.forEach((field, label) -> pairs.put(label, new String[] {mine.get(field), theirs.get(field)}));
            return Response.status(422).entity(stepForm(now, mine, now.version(), Map.of(),
                    Editing.differences(pairs))).build();
        }
        return Response.status(422).entity(stepForm(now, fields.typed(), fields.version, outcome.errors(), null))
                .build();
    }

    @POST
    @Path("trin/{id}/arkiver")
    @Guard(value = Guard.Element.COERCION_FOLLOW_UP, action = Guard.Action.EDIT)
    public Response archiveStep(@PathParam("id") long id) {
        CoercionFollowUpView step = stepApi.archive(id);
        return Response.seeOther(URI.create("/magtanvendelser/sag/" + step.caseId() + "#opfoelgning")).build();
    }

    // --- the quarterly report (counts only) ---

    @GET
    @Path("tilbud/{id}/rapport")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public Response offerReport(@PathParam("id") long id, @QueryParam("kvartal") String quarter) {
        return report(quarter, q -> coercion.offerReport(id, q), offers.get(id), null);
    }

    @GET
    @Path("afdeling/{id}/rapport")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.READ)
    public Response departmentReport(@PathParam("id") long id, @QueryParam("kvartal") String quarter) {
        DepartmentView department = offers.department(id);
        return report(quarter, q -> coercion.departmentReport(id, q), offers.get(department.offerId()), department);
    }

    private Response report(String quarter, java.util.function.Function<String, CoercionReportView> of,
            OfferView offer, DepartmentView department) {
        Map<String, String> errors = new HashMap<>();
        CoercionReportView report;
        try {
            report = of.apply(quarter == null || quarter.isBlank() ? null : quarter.strip());
        } catch (ValidationException e) {
            errors.put("kvartal", "Skriv kvartalet som fx 2025-Q1.");
            report = of.apply(null);
        }
        Quarter shown = Quarter.parse(report.quarter(), "kvartal");
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("offer", offer);
        model.put("department", department);
        model.put("departments", department == null ? offers.departments(offer.id(), false) : List.of());
        model.put("typed", errors.isEmpty() ? report.quarter() : quarter);
        model.put("previousQuarter", shown.previous().toString());
        model.put("nextQuarter", shown.next().toString());
        model.put("quarterName", shown.danish());
        model.put("errors", errors);
        model.put("self", department == null ? "/magtanvendelser/tilbud/" + offer.id() + "/rapport"
                : "/magtanvendelser/afdeling/" + department.id() + "/rapport");
        String title = "Magtanvendelser: " + report.scope() + ", " + shown.danish();
        return Response.status(errors.isEmpty() ? 200 : 422).entity(pages.page("magtanvendelser-rapport", title, model))
                .build();
    }

    // --- pages ---

    /** The case form: new ({@code existing} null) or changing a case. */
    private String caseForm(long offerId, CoercionCaseView existing, Map<String, String> form, Long version,
            Map<String, String> errors, Map<String, String> conflict) {
        OfferView offer = offers.get(offerId);
        LocalDate day = LocalDate.now(clock);
        LocalDateTime typedAt = dateTime(form.get("occurredAt"), "occurredAt", new ArrayList<>());
        if (typedAt != null && !typedAt.toLocalDate().isAfter(day)) {
            day = typedAt.toLocalDate();
        }
        Map<String, List<MeasureKindView>> kindsByRuleSet = new LinkedHashMap<>();
        for (RuleSet rules : RuleSet.values()) {
            kindsByRuleSet.put(rules.name(), kinds.list(rules, day));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("offer", offer);
        model.put("existing", existing);
        model.put("departments", offers.departments(offerId, false));
        model.put("ruleSets", RuleSet.values());
        model.put("kinds", kindsByRuleSet);
        model.put("kindsDay", TIMES.date(day));
        model.put("form", form);
        model.put("version", version);
        model.put("errors", errors);
        model.put("conflict", conflict);
        model.put("action", existing == null ? "/magtanvendelser/tilbud/" + offerId : "/magtanvendelser/sag/"
                + existing.id());
        model.put("back", existing == null ? "/magtanvendelser" : "/magtanvendelser/sag/" + existing.id());
        return pages.page("magtanvendelse-skema", existing == null ? "Registrér magtanvendelse"
                : "Ret magtanvendelse", model);
    }

    /** The case page; {@code stepForm} and {@code errors} refill a refused new step. */
    private String casePage(long id, Map<String, String> stepForm, Map<String, String> errors) {
        CoercionCaseView c = caseApi.get(id); // through the API: recorded as a view in the audit trail
        List<Step> steps = new ArrayList<>();
        for (CoercionFollowUpView step : c.followUps()) {
            ActivityView activity = step.activityId() == null ? null : activity(step.activityId());
            steps.add(new Step(step, activity == null ? null : activity.description(), activity == null ? null
                    : "/planer/" + activity.planId() + "#maal-" + activity.goalId()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("offer", offers.get(c.offerId()));
        model.put("steps", steps);
        model.put("canRecord", caller.canEdit(c.offerId()) && !c.archived() && !c.reduced());
        model.put("canEdit", caller.canEdit(c.offerId()));
        model.put("stepKinds", FollowUpKind.values());
        model.put("required", FollowUpKind.REQUIRED);
        model.put("activities", caller.canEdit(c.offerId()) ? activityChoices(c.offerId()) : List.of());
        model.put("stepForm", stepForm);
        model.put("errors", errors);
        model.put("times", TIMES);
        return pages.page("magtanvendelse", "Magtanvendelse " + TIMES.time(c.occurredAt()), model);
    }

    private String stepForm(CoercionFollowUpView step, Map<String, String> form, Long version,
            Map<String, String> errors, Map<String, String> conflict) {
        Map<String, Object> model = new HashMap<>();
        model.put("step", step);
        model.put("stepKinds", FollowUpKind.values());
        model.put("activities", activityChoices(step.offerId()));
        model.put("form", form);
        model.put("version", version);
        model.put("errors", errors);
        model.put("conflict", conflict);
        model.put("back", "/magtanvendelser/sag/" + step.caseId() + "#opfoelgning");
        return pages.page("magtanvendelse-trin", "Ret opfølgning: " + step.kindName(), model);
    }

    private Map<String, String> emptyStep() {
        Map<String, String> form = new HashMap<>();
        form.put("date", LocalDate.now(clock).toString());
        form.put("who", caller.personId() == null ? "" : persons.get(caller.personId()).name());
        return form;
    }

    /** The live activities of the offer's plans, for a plan action to point to. */
    private List<ActivityChoice> activityChoices(long offerId) {
        List<ActivityChoice> choices = new ArrayList<>();
        for (PlanView plan : plans.list(offerId, false)) {
            activities.liveOfPlan(plan.id()).forEach(a -> choices.add(new ActivityChoice(a.id(), plan.title() + ": "
                    + a.description())));
        }
        return choices;
    }

    private ActivityView activity(long id) {
        try {
            return activities.get(id);
        } catch (NotFoundException e) {
            return null;
        }
    }

    // --- reading forms ---

    private static final Map<String, String> CASE_LABELS = new LinkedHashMap<>();
    private static final Map<String, String> STEP_LABELS = new LinkedHashMap<>();

    static {
        CASE_LABELS.put("departmentId", "Afdeling");
        CASE_LABELS.put("occurredAt", "Tidspunkt");
        CASE_LABELS.put("residentRef", "Borger (pseudonym)");
        CASE_LABELS.put("ruleSet", "Regelsæt");
        CASE_LABELS.put("measureKind", "Foranstaltning");
        CASE_LABELS.put("durationMinutes", "Varighed (minutter)");
        CASE_LABELS.put("staffCount", "Antal medarbejdere");
        CASE_LABELS.put("staffNames", "Medarbejdere");
        CASE_LABELS.put("acute", "Akut eller forhåndsgodkendt");
        CASE_LABELS.put("registeredAt", "Registreret");
        CASE_LABELS.put("municipalityReportedAt", "Indberettet til kommunen");
        CASE_LABELS.put("socialtilsynReportedAt", "Indberettet til socialtilsynet");
        CASE_LABELS.put("relativesInformedAt", "Pårørende/værge orienteret");
        STEP_LABELS.put("kind", "Trin");
        STEP_LABELS.put("date", "Dato");
        STEP_LABELS.put("text", "Hvad skete der");
        STEP_LABELS.put("learning", "Læring");
        STEP_LABELS.put("who", "Hvem");
        STEP_LABELS.put("activityId", "Aktivitet i handleplanen");
    }

    private static CoercionCaseInput input(CaseFields f, Long version, List<FieldError> errors) {
        RuleSet rules = null;
        if (f.ruleSet != null && !f.ruleSet.isBlank()) {
            try {
                rules = RuleSet.valueOf(f.ruleSet);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("ruleSet", "Vælg et regelsæt."));
            }
        }
        Boolean acute = f.acute == null || f.acute.isBlank() ? null : Boolean.valueOf(f.acute);
        Long minutes = number(f.durationMinutes, "durationMinutes", errors, "Skriv et helt antal minutter.");
        Long staff = number(f.staffCount, "staffCount", errors, "Skriv et helt tal.");
        return new CoercionCaseInput(number(f.departmentId, "departmentId", errors, "Vælg en afdeling."),
                dateTime(f.occurredAt, "occurredAt", errors), blankToNull(f.residentRef), blankToNull(f.measureKind),
                rules, small(minutes), small(staff), blankToNull(f.staffNames), acute,
                dateTime(f.registeredAt, "registeredAt", errors),
                dateTime(f.municipalityReportedAt, "municipalityReportedAt", errors),
                dateTime(f.socialtilsynReportedAt, "socialtilsynReportedAt", errors),
                dateTime(f.relativesInformedAt, "relativesInformedAt", errors), version);
    }

    private static CoercionFollowUpInput input(StepFields f, Long version, List<FieldError> errors) {
        FollowUpKind kind = null;
        if (f.kind != null && !f.kind.isBlank()) {
            try {
                kind = FollowUpKind.valueOf(f.kind);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "Vælg et trin."));
            }
        }
        return new CoercionFollowUpInput(kind, ActivityPages.date(f.date, "date", errors), blankToNull(f.text),
                blankToNull(f.learning), blankToNull(f.who), number(f.activityId, "activityId", errors,
                        "Vælg en aktivitet."), version);
    }

    private static Map<String, String> typed(CoercionCaseView c) {
        Map<String, String> m = new HashMap<>();
        m.put("departmentId", Long.toString(c.departmentId()));
        m.put("occurredAt", text(c.occurredAt()));
        m.put("residentRef", c.residentRef());
        m.put("ruleSet", c.ruleSet().name());
        m.put("measureKind", c.measureKind());
        m.put("durationMinutes", c.durationMinutes() == null ? "" : c.durationMinutes().toString());
        m.put("staffCount", c.staffCount() == null ? "" : c.staffCount().toString());
        m.put("staffNames", c.staffNames());
        m.put("acute", Boolean.toString(c.acute()));
        m.put("registeredAt", text(c.registeredAt()));
        m.put("municipalityReportedAt", text(c.municipalityReportedAt()));
        m.put("socialtilsynReportedAt", text(c.socialtilsynReportedAt()));
        m.put("relativesInformedAt", text(c.relativesInformedAt()));
        return m;
    }

    private static Map<String, String> typed(CoercionFollowUpView s) {
        Map<String, String> m = new HashMap<>();
        m.put("kind", s.kind().name());
        m.put("date", s.date().toString());
        m.put("text", s.text());
        m.put("learning", s.learning());
        m.put("who", s.who());
        m.put("activityId", s.activityId() == null ? "" : s.activityId().toString());
        return m;
    }

    /** As a datetime-local field shows it: "2025-03-03T14:30". */
    private static String text(LocalDateTime at) {
        return at == null ? "" : at.withSecond(0).withNano(0).toString();
    }

    /** "2025-03-03T14:30" (as the browser sends it) or "2025-03-03 14:30" / "14.30"; blank is null. */
    static LocalDateTime dateTime(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().replaceFirst("\\s+", "T").replace('.', ':'));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Skriv dato og klokkeslæt, fx 2025-03-03 14:30."));
            return null;
        }
    }

    /** A count the input's constraints check (too large values become the largest int, refused there). */
    private static Integer small(Long value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static Long number(String text, String field, List<FieldError> errors, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
