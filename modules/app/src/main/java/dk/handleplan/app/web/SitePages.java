package dk.handleplan.app.web;

import dk.handleplan.access.PasswordChange;
import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.app.plan.PlanTree;
import dk.handleplan.app.plan.PlanProgressReader;
import dk.handleplan.app.plan.PlanTreeAssembler;
import dk.handleplan.app.rest.CalendarResource;
import dk.handleplan.app.rest.MeResource;
import dk.handleplan.app.rest.PasswordChangeFilter;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.audit.AuditEntry;
import dk.handleplan.audit.AuditService;
import dk.handleplan.coercion.CoercionService;
import dk.handleplan.coercion.CoercionTaskView;
import dk.handleplan.deadlines.DeadlineFilter;
import dk.handleplan.deadlines.DeadlineService;
import dk.handleplan.deadlines.DeadlineView;
import dk.handleplan.deadlines.MilestoneView;
import dk.handleplan.kernel.DomainException;
import dk.handleplan.people.OfferView;
import dk.handleplan.people.OrganisationRole;
import dk.handleplan.people.PersonService;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The start page ("Mine opgaver"), the aftaleholder's overview, and the account page. */
@RequestScoped
@Path("")
@Produces(Editing.HTML)
public class SitePages {

    /** One of my tasks: an open activity I am responsible for, or a coming milestone of one. */
    public record Task(long planId, String planTitle, String offerName, long goalId, String goal, String activity,
            String when, LocalDate date, long daysLeft, boolean overdue, String milestone, ActivityStatus status) {
    }

    /**
     * A coercion case the leader must act on: its follow-up, or a report not sent. Only the case's day,
     * department and offer, as the e-mail digest shows it: the case page has the rest.
     */
    public record CoercionTask(CoercionTaskView task, String offerName, long daysLeft) {
    }

    /** One plan in the overview, with its progress and next deadlines. */
    public record PlanProgress(PlanView plan, PlanTree.Summary summary,
            List<PlanProgressReader.DepartmentProgress> departments, List<DeadlineView> next) {
    }

    /** One offer in the overview. */
    public record OfferProgress(OfferView offer, List<PlanProgress> plans, AuditEntry lastChange) {
    }

    private static final int UPCOMING_DAYS = 30;
    /** How many deadlines the overview shows per plan. */
    private static final int NEXT_DEADLINES = 3;

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
    PlanProgressReader progressReader;
    @Inject
    DeadlineService deadlines;
    @Inject
    AuditService audit;
    @Inject
    MeResource me;
    @Inject
    CalendarResource calendar;
    @Inject
    CoercionService coercion;
    @Inject
    PersonService persons;
    @Inject
    OverviewHtml overviews;

    @GET
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public Response root() {
        return Response.seeOther(URI.create("/start")).build();
    }

    /** Nothing: what htmx swaps in when a form is closed. */
    @GET
    @Path("tom")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public String empty() {
        return "";
    }

    @GET
    @Path("start")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public String start() {
        LocalDate today = deadlines.today();
        List<Task> tasks = new ArrayList<>();
        Map<Long, String> offerNames = offerNames();
        // Supervisors and administrators have no tasks of their own here. One query per kind for all plans.
        List<PlanView> mine = plans.list(null, false).stream().filter(p -> !caller.rolesIn(p.offerId()).isEmpty())
                .toList();
        Map<Long, PlanTreeAssembler.Outline> outlines = trees.outlines(mine, offerNames, UPCOMING_DAYS);
        for (PlanView plan : mine) {
            PlanTree tree = outlines.get(plan.id()).tree();
            for (PlanTree.Section section : tree.sections()) {
                for (PlanTree.Goal goal : section.goals()) {
                    for (PlanTree.Activity a : goal.activities()) {
                        if (a.status().isClosed() || !caller.isResponsible(a.responsible(), plan.offerId())) {
                            continue;
                        }
                        LocalDate end = a.timeFrame() == null ? null : a.timeFrame().endDate();
                        tasks.add(new Task(plan.id(), plan.title(), offerNames.get(plan.offerId()), goal.id(),
                                goal.text(), a.description(), a.timeFrame() == null ? "" : a.timeFrame().text(), end,
                                end == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(today, end), a.overdue(), null,
                                a.status()));
                        for (MilestoneView m : a.milestones()) {
                            if (!m.date().isBefore(today) && !m.date().isAfter(today.plusDays(UPCOMING_DAYS))) {
                                tasks.add(new Task(plan.id(), plan.title(), offerNames.get(plan.offerId()), goal.id(),
                                        goal.text(), a.description(), m.text(), m.date(),
                                        ChronoUnit.DAYS.between(today, m.date()), false, m.title(), a.status()));
                            }
                        }
                    }
                }
            }
        }
        // Overdue first, then by date; tasks without an end last.
        tasks.sort(Comparator.comparing(Task::overdue).reversed().thenComparing(Task::daysLeft));
        Map<String, Object> model = new HashMap<>();
        model.put("overdue", tasks.stream().filter(Task::overdue).toList());
        model.put("upcoming", tasks.stream().filter(t -> !t.overdue() && t.daysLeft() <= UPCOMING_DAYS).toList());
        model.put("later", tasks.stream().filter(t -> !t.overdue() && t.daysLeft() > UPCOMING_DAYS).toList());
        model.put("days", UPCOMING_DAYS);
        model.put("hasPerson", caller.personId() != null);
        model.put("coercionTasks", caller.personId() == null ? List.of()
                : coercion.tasksOf(persons.roles(caller.personId())).stream().map(t -> new CoercionTask(t,
                        offerNames.get(t.offerId()), ChronoUnit.DAYS.between(today, t.due()))).toList());
        return pages.page("start", "Mine opgaver", model);
    }

    @GET
    @Path("oversigt")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public HtmlPage overview() {
        List<OfferView> shown = activeOffers.list().stream().filter(offer -> caller.isAdministrator()
                || caller.rolesIn(offer.id()).contains(OrganisationRole.AFTALEHOLDER)).toList();
        Set<Long> shownIds = shown.stream().map(OfferView::id).collect(Collectors.toSet());
        byte[] offersHtml = overviews.of(shownIds, deadlines.today(), () -> {
            Map<Long, AuditEntry> lastChanges = audit.lastOfOffers(shownIds);
            // One query per kind for all the offers' plans, not one per plan or offer (benchmark: no N+1).
            List<PlanView> shownPlans = plans.list(null, false).stream().filter(p -> shownIds.contains(p.offerId()))
                    .toList();
            Map<Long, PlanProgressReader.Progress> progress = progressReader.of(shownPlans, UPCOMING_DAYS,
                    NEXT_DEADLINES);
            Map<Long, List<PlanProgress>> progressByOffer = new HashMap<>();
            for (PlanView plan : shownPlans) {
                PlanProgressReader.Progress p = progress.get(plan.id());
                progressByOffer.computeIfAbsent(plan.offerId(), id -> new ArrayList<>()).add(new PlanProgress(plan,
                        p.summary(), p.departments(), p.deadlines()));
            }
            return shown.stream().map(offer -> new OfferProgress(offer,
                    progressByOffer.getOrDefault(offer.id(), List.of()), lastChanges.get(offer.id()))).toList();
        });
        return pages.pageAround("oversigt", "Oversigt", Map.of("offers", shown), "offersHtml", offersHtml);
    }

    @GET
    @Path("konto")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public String account() {
        return accountPage(Map.of(), false);
    }

    @GET
    @Path(PasswordChangeFilter.PASSWORD_PAGE)
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public String passwordPage() {
        return accountPage(Map.of(), false);
    }

    @POST
    @Path(PasswordChangeFilter.PASSWORD_PAGE)
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public Response changePassword(@FormParam("nuvaerende") String current, @FormParam("ny") String next,
            @FormParam("gentag") String repeated) {
        if (next == null || !next.equals(repeated)) {
            return Response.status(422).entity(accountPage(Map.of("gentag", "De to nye adgangskoder er ikke ens."), false))
                    .build();
        }
        try {
            me.changePassword(new PasswordChange(current, next));
        } catch (DomainException | ConstraintViolationException e) {
            Map<String, String> errors = new HashMap<>();
            FormErrors.of(dk.handleplan.app.rest.ProblemMapper.problem(e).errors()).forEach((field, message) ->
                    errors.put(field.equals("currentPassword") ? "nuvaerende" : "ny", passwordMessage(field, message)));
            return Response.status(422).entity(accountPage(errors, false)).build();
        }
        return Response.ok(accountPage(Map.of(), true)).build();
    }

    /** Makes a new secret calendar address, shown this once (the old one stops working). */
    @POST
    @Path("konto/kalender")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public Response renewCalendar() {
        if (caller.personId() == null) {
            return Response.status(422).entity(accountPage(Map.of(), false, null)).build();
        }
        return Response.ok(accountPage(Map.of(), false, calendar.renew().feedUrl())).build();
    }

    private String accountPage(Map<String, String> errors, boolean changed) {
        return accountPage(errors, changed, null);
    }

    private String accountPage(Map<String, String> errors, boolean changed, String newFeedUrl) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("changed", changed);
        model.put("mustChange", caller.mustChangePassword());
        model.put("hasPerson", caller.personId() != null);
        model.put("feed", caller.personId() == null ? null : calendar.get());
        model.put("newFeedUrl", newFeedUrl);
        return pages.page("konto", "Min konto", model);
    }

    private static String passwordMessage(String field, String message) {
        if (field.equals("currentPassword")) {
            return "Den nuværende adgangskode er forkert.";
        }
        if (message.equals("Værdien kan ikke bruges.")) {
            return "Den nye adgangskode skal være mindst 12 tegn og forskellig fra den nuværende.";
        }
        return message;
    }

    private Map<Long, String> offerNames() {
        Map<Long, String> names = new HashMap<>();
        activeOffers.list().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }
}
