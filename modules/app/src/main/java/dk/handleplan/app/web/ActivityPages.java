package dk.handleplan.app.web;

import dk.handleplan.activities.ActivityInput;
import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.activities.NoteInput;
import dk.handleplan.activities.ResponsibleInput;
import dk.handleplan.activities.ResponsibleView;
import dk.handleplan.app.rest.ActivitiesResource;
import dk.handleplan.app.rest.GoalsResource;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.deadlines.MilestoneInput;
import dk.handleplan.goals.GoalService;
import dk.handleplan.kernel.DanishTimeText;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.TimeFrameInput;
import dk.handleplan.kernel.TimePoint;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.people.OrganisationRole;
import dk.handleplan.people.PersonService;
import dk.handleplan.themes.SectionService;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Editing activities on the plan page: add and change them (what, documentation, time frame,
 * responsible, status), complete or cancel them, move, archive and restore them, and add progress
 * notes and milestones. Changes go through the API's resources.
 */
@RequestScoped
@Path("aktiviteter")
@Produces(Editing.HTML)
public class ActivityPages {

    /** The activity form's values as typed. */
    public record Form(String description, String documentation, String start, String end, Set<String> roles,
            Set<Long> persons, String status, String completedOn, String cancelReason, Long version) {
    }

    /** A progress note's or milestone's values as typed. */
    public record NoteForm(String date, String text) {
    }

    public record MilestoneForm(String title, String date, String startTime, String endTime) {
    }

    @Inject
    Clock clock;
    @Inject
    Editing editing;
    @Inject
    Caller caller;
    @Inject
    ActivityService activities;
    @Inject
    GoalService goals;
    @Inject
    SectionService sections;
    @Inject
    PersonService persons;
    @Inject
    ActivitiesResource activityApi;
    @Inject
    GoalsResource goalApi;

    // --- the whole activity ---

    @GET
    @Path("{id}/rediger")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response edit(@PathParam("id") long id) {
        ActivityView a = activities.get(id);
        return activityForm(a.goalId(), "Rediger aktivitet", "/aktiviteter/" + id, form(a), Map.of(), null, id);
    }

    @POST
    @Path("{id}")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response save(@PathParam("id") long id, @FormParam("beskrivelse") String description,
            @FormParam("dokumentation") String documentation, @FormParam("start") String start,
            @FormParam("slut") String end, @FormParam("rolle") List<String> roles, @FormParam("person") List<Long> people,
            @FormParam("status") String status, @FormParam("gennemfoert") String completedOn,
            @FormParam("aflysningsgrund") String cancelReason, @FormParam("version") Long version) {
        Form form = new Form(description, documentation, start, end, new HashSet<>(nonNull(roles)),
                new HashSet<>(nonNull(people)), status, completedOn, cancelReason, version);
        ActivityView before = activities.get(id);
        List<FieldError> parseErrors = new ArrayList<>();
        ActivityInput input = input(form, parseErrors);
        Editing.Outcome<ActivityView> outcome = editing.attempt(parseErrors, input, () -> activityApi.update(id, input));
        if (outcome.ok()) {
            return editing.goalChanged(before.planId(), before.goalId());
        }
        if (outcome.stale()) {
            ActivityView now = activities.get(id);
            Form mine = new Form(description, documentation, start, end, form.roles(), form.persons(), status,
                    completedOn, cancelReason, now.version());
            return activityForm(now.goalId(), "Rediger aktivitet", "/aktiviteter/" + id, mine, Map.of(),
                    conflict(form, now), id);
        }
        return activityForm(before.goalId(), "Rediger aktivitet", "/aktiviteter/" + id, form, outcome.errors(), null, id);
    }

    @GET
    @Path("{id}/gennemfoer")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response completeForm(@PathParam("id") long id) {
        return statusForm(id, ActivityStatus.COMPLETED, LocalDate.now(clock).toString(), null, Map.of());
    }

    @GET
    @Path("{id}/aflys")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response cancelForm(@PathParam("id") long id) {
        return statusForm(id, ActivityStatus.CANCELLED, null, null, Map.of());
    }

    @POST
    @Path("{id}/status")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response setStatus(@PathParam("id") long id, @FormParam("status") String status,
            @FormParam("gennemfoert") String completedOn, @FormParam("aflysningsgrund") String cancelReason,
            @FormParam("version") Long version) {
        ActivityView a = activities.get(id);
        Form current = form(a);
        Form changed = new Form(current.description(), current.documentation(), current.start(), current.end(),
                current.roles(), current.persons(), status, completedOn, cancelReason, version);
        List<FieldError> parseErrors = new ArrayList<>();
        ActivityInput input = input(changed, parseErrors);
        Editing.Outcome<ActivityView> outcome = editing.attempt(parseErrors, input, () -> activityApi.update(id, input));
        if (outcome.ok()) {
            return editing.goalChanged(a.planId(), a.goalId());
        }
        if (outcome.stale()) {
            return edit(id); // someone changed it meanwhile: show the whole activity as it is now
        }
        return statusForm(id, ActivityStatus.valueOf(status), completedOn, cancelReason, outcome.errors());
    }

    @POST
    @Path("{id}/flyt")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response move(@PathParam("id") long id, @QueryParam("retning") String direction) {
        ActivityView a = activities.get(id);
        activityApi.move(id, "op".equals(direction) ? "up" : "down");
        return editing.goalChanged(a.planId(), a.goalId());
    }

    @POST
    @Path("{id}/arkiver")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response archive(@PathParam("id") long id) {
        ActivityView a = activityApi.archive(id);
        return editing.goalChanged(a.planId(), a.goalId());
    }

    @POST
    @Path("{id}/gendan")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response restore(@PathParam("id") long id) {
        ActivityView a = activityApi.restore(id);
        return editing.planChanged(a.planId());
    }

    // --- progress notes and milestones ---

    @GET
    @Path("{id}/ny-note")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.ADD_NOTE)
    public Response noteForm(@PathParam("id") long id) {
        return noteForm(id, new NoteForm(LocalDate.now(clock).toString(), ""), Map.of());
    }

    @POST
    @Path("{id}/noter")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.ADD_NOTE)
    public Response addNote(@PathParam("id") long id, @FormParam("dato") String date, @FormParam("tekst") String text) {
        ActivityView a = activities.get(id);
        List<FieldError> parseErrors = new ArrayList<>();
        LocalDate day = date(date, "date", parseErrors);
        NoteInput input = new NoteInput(day, text, caller.username(), null);
        Editing.Outcome<Object> outcome = editing.attempt(parseErrors, input, () -> activityApi.addNote(id, input));
        if (outcome.ok()) {
            return editing.goalChanged(a.planId(), a.goalId());
        }
        return noteForm(id, new NoteForm(date, text), outcome.errors());
    }

    @GET
    @Path("{id}/ny-milepael")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response milestoneForm(@PathParam("id") long id) {
        return milestoneForm(id, new MilestoneForm("", "", "", ""), Map.of());
    }

    @POST
    @Path("{id}/milepaele")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response addMilestone(@PathParam("id") long id, @FormParam("titel") String title,
            @FormParam("dato") String date, @FormParam("fra") String from, @FormParam("til") String to) {
        ActivityView a = activities.get(id);
        List<FieldError> parseErrors = new ArrayList<>();
        LocalDate day = date(date, "date", parseErrors);
        if (day == null && parseErrors.isEmpty()) {
            parseErrors.add(new FieldError("date", "must not be null"));
        }
        MilestoneInput input = new MilestoneInput(title, day, time(from, "startTime", parseErrors),
                time(to, "endTime", parseErrors), null);
        Editing.Outcome<Object> outcome = editing.attempt(parseErrors, input, () -> activityApi.addMilestone(id, input));
        if (outcome.ok()) {
            return editing.goalChanged(a.planId(), a.goalId());
        }
        return milestoneForm(id, new MilestoneForm(title, date, from, to), outcome.errors());
    }

    // --- building forms and inputs ---

    private Response activityForm(long goalId, String heading, String action, Form form, Map<String, String> errors,
            Map<String, String> conflict, Long activityId) {
        var goal = goals.ref(goalId);
        long offer = goal.offerId();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("roles", OrganisationRole.values());
        extra.put("persons", persons.list(false, offer));
        extra.put("statuses", ActivityStatus.values());
        return editing.form("skema-aktivitet", heading, new Editing.Place(goal.planId(), goal.sectionId(), goalId),
                action, form, errors, conflict, activityId == null ? null : "/aktiviteter/" + activityId + "/rediger",
                extra);
    }

    /** The new-activity form, shown from the goal (GoalPages). */
    Response newActivityForm(long goalId, Form form, Map<String, String> errors) {
        return activityForm(goalId, "Ny aktivitet", "/maal/" + goalId + "/aktiviteter", form, errors, null, null);
    }

    /** Creates an activity under a goal from the typed form (GoalPages). */
    Response create(long goalId, Form form) {
        var goal = goals.ref(goalId);
        List<FieldError> parseErrors = new ArrayList<>();
        ActivityInput input = input(form, parseErrors);
        Editing.Outcome<Object> outcome = editing.attempt(parseErrors, input, () -> goalApi.addActivity(goalId, input));
        if (outcome.ok()) {
            return editing.goalChanged(goal.planId(), goalId);
        }
        return newActivityForm(goalId, form, outcome.errors());
    }

    static Form emptyForm() {
        return new Form("", "", "", "", Set.of(), Set.of(), ActivityStatus.PLANNED.name(), "", "", null);
    }

    private Response statusForm(long id, ActivityStatus status, String completedOn, String cancelReason,
            Map<String, String> errors) {
        ActivityView a = activities.get(id);
        var goal = goals.ref(a.goalId());
        Form form = new Form(null, null, null, null, Set.of(), Set.of(), status.name(), completedOn, cancelReason,
                a.version());
        String heading = (status == ActivityStatus.COMPLETED ? "Gennemfør: " : "Aflys: ") + a.description();
        return editing.form("skema-status", heading, new Editing.Place(a.planId(), goal.sectionId(), a.goalId()),
                "/aktiviteter/" + id + "/status", form, errors, null, null, Map.of());
    }

    private Response noteForm(long id, NoteForm form, Map<String, String> errors) {
        ActivityView a = activities.get(id);
        var goal = goals.ref(a.goalId());
        return editing.form("skema-note", "Fremdrift: " + a.description(),
                new Editing.Place(a.planId(), goal.sectionId(), a.goalId()), "/aktiviteter/" + id + "/noter", form,
                errors, null, null, Map.of());
    }

    private Response milestoneForm(long id, MilestoneForm form, Map<String, String> errors) {
        ActivityView a = activities.get(id);
        var goal = goals.ref(a.goalId());
        return editing.form("skema-milepael", "Milepæl: " + a.description(),
                new Editing.Place(a.planId(), goal.sectionId(), a.goalId()), "/aktiviteter/" + id + "/milepaele", form,
                errors, null, null, Map.of());
    }

    private static Form form(ActivityView a) {
        Set<String> roles = new HashSet<>();
        Set<Long> people = new HashSet<>();
        for (ResponsibleView r : a.responsible()) {
            if (r.personId() != null) {
                people.add(r.personId());
            } else {
                roles.add(r.role().name());
            }
        }
        return new Form(a.description(), a.documentation(), danish(a.timeFrame().start()), danish(a.timeFrame().end()),
                roles, people, a.status().name(), a.completedOn() == null ? "" : a.completedOn().toString(),
                a.cancelReason(), a.version());
    }

    /** A stored point as a person would write it ("august 2024", "4.12.2024", "løbende"). */
    private static String danish(String spec) {
        if (spec == null) {
            return "";
        }
        TimePoint point = TimePoint.parse(spec, "x");
        return point.kind() == TimePoint.Kind.DATE
                ? point.from().getDayOfMonth() + "." + point.from().getMonthValue() + "." + point.from().getYear()
                : point.danish().replaceFirst("^i ", "");
    }

    private static ActivityInput input(Form form, List<FieldError> errors) {
        String start = spec(form.start(), "start", errors);
        String end = spec(form.end(), "end", errors);
        List<ResponsibleInput> responsible = new ArrayList<>();
        for (String role : form.roles()) {
            try {
                responsible.add(new ResponsibleInput(null, OrganisationRole.valueOf(role)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("responsible", "give either personId or role"));
            }
        }
        form.persons().forEach(p -> responsible.add(new ResponsibleInput(p, null)));
        ActivityStatus status = null;
        if (form.status() != null && !form.status().isBlank()) {
            try {
                status = ActivityStatus.valueOf(form.status());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "Vælg en status."));
            }
        }
        LocalDate completedOn = date(form.completedOn(), "completedOn", errors);
        String reason = form.cancelReason() == null || form.cancelReason().isBlank() ? null : form.cancelReason();
        return new ActivityInput(form.description(), form.documentation(),
                start == null && end == null ? null : new TimeFrameInput(start, end), responsible, status,
                status == ActivityStatus.COMPLETED ? completedOn : null,
                status == ActivityStatus.CANCELLED ? reason : null, form.version());
    }

    private static String spec(String text, String field, List<FieldError> errors) {
        try {
            return DanishTimeText.toSpec(text, field);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Skriv en dato, fx 2025-03-15."));
            return null;
        }
    }

    private static LocalTime time(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip().replace('.', ':').length() == 4 ? "0" + text.strip().replace('.', ':')
                    : text.strip().replace('.', ':'));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Skriv et klokkeslæt, fx 13:00."));
            return null;
        }
    }

    /** Field label -> the stored value, where the stored activity differs from what the user sent. */
    private static Map<String, String> conflict(Form mine, ActivityView now) {
        Form theirs = form(now);
        Map<String, String[]> pairs = new LinkedHashMap<>();
        pairs.put("Hvad", new String[] {mine.description(), theirs.description()});
        pairs.put("Dokumentation", new String[] {mine.documentation(), theirs.documentation()});
        pairs.put("Igangsættes", new String[] {mine.start(), theirs.start()});
        pairs.put("Forventes afsluttet", new String[] {mine.end(), theirs.end()});
        pairs.put("Hvem", new String[] {mine.roles() + "" + mine.persons(), theirs.roles() + "" + theirs.persons()});
        pairs.put("Status", new String[] {mine.status(), theirs.status()});
        Map<String, String> differing = Editing.differences(pairs);
        if (differing.containsKey("Hvem")) {
            differing.put("Hvem", now.responsibleText());
        }
        if (differing.containsKey("Status")) {
            differing.put("Status", now.statusLabel());
        }
        return differing;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
