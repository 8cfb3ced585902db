package dk.handleplan.app.security;

import dk.handleplan.access.SupervisorGrantService;
import dk.handleplan.access.UserService;
import dk.handleplan.activities.ActivityService;
import dk.handleplan.app.persistence.GenerationCache;
import dk.handleplan.coercion.CoercionService;
import dk.handleplan.coercion.MeasureKindService;
import dk.handleplan.comments.CommentService;
import dk.handleplan.deadlines.MilestoneService;
import dk.handleplan.goals.GoalService;
import dk.handleplan.monitoring.BenchmarkService;
import dk.handleplan.monitoring.StaffFiguresService;
import dk.handleplan.monitoring.TargetService;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.PersonService;
import dk.handleplan.revisions.RevisionService;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.SectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Finds the element a path id names, and the offer it belongs to, for access checks and the audit trail. */
@ApplicationScoped
public class ElementLookup {

    @Inject
    OfferService offerService;
    @Inject
    PersonService persons;
    @Inject
    PlanService plans;
    @Inject
    SectionService sections;
    @Inject
    GoalService goals;
    @Inject
    ActivityService activities;
    @Inject
    MilestoneService milestones;
    @Inject
    SupervisorGrantService grants;
    @Inject
    UserService users;
    @Inject
    CommentService comments;
    @Inject
    StaffFiguresService staffFigures;
    @Inject
    CoercionService coercion;
    @Inject
    MeasureKindService measureKinds;
    @Inject
    BenchmarkService benchmarks;
    @Inject
    TargetService targets;
    @Inject
    RevisionService revisions;

    /** The element as the API shows it (404 when it does not exist). */
    public Record view(Guard.Element element, long id) {
        return switch (element) {
            case OFFER -> offerService.get(id);
            case DEPARTMENT -> offerService.department(id);
            case PERSON -> persons.get(id);
            case ROLE -> persons.role(id);
            case PLAN -> plans.get(id);
            case SECTION -> sections.get(id);
            case GOAL -> goals.get(id);
            case ACTIVITY -> activities.get(id);
            case NOTE -> activities.note(id);
            case MILESTONE -> milestones.get(id);
            case SUPERVISOR_GRANT -> grants.get(id);
            case USER -> users.get(id);
            case COMMENT -> comments.get(id);
            case STAFF_FIGURES -> staffFigures.get(id);
            case COERCION_CASE -> coercion.get(id);
            case COERCION_FOLLOW_UP -> coercion.followUp(id);
            case COERCION_MEASURE_KIND -> measureKinds.get(id);
            case BENCHMARK -> benchmarks.get(id);
            case TARGET -> targets.get(id);
            case REVISION -> revisions.byId(id);
            case NONE -> throw new IllegalArgumentException("no element");
        };
    }

    /**
     * The active siblings of an ordered element (itself included), as the API shows them; empty for
     * elements without an order.
     */
    public List<? extends Record> siblings(Guard.Element element, long id) {
        return switch (element) {
            case SECTION -> sections.list(sections.get(id).planId(), false);
            case GOAL -> goals.list(goals.get(id).sectionId(), false);
            case ACTIVITY -> activities.list(activities.get(id).goalId(), false);
            default -> List.of();
        };
    }

    private record ElementKey(Guard.Element element, long id) {
    }

    /**
     * Which offer each element belongs to, kept until the data changes: every request on an element
     * asks (the plan's row alone was an eighth of the plan tree's CPU), and the answer is a number.
     */
    private final GenerationCache<ElementKey, Long> offers = new GenerationCache<>(20_000);

    @Inject
    Clock clock;

    /** The offer the element belongs to (404 when it does not exist). */
    public long offerOf(Guard.Element element, long id) {
        return offers.get(new ElementKey(element, id), LocalDate.now(clock), () -> lookUpOfferOf(element, id));
    }

    private long lookUpOfferOf(Guard.Element element, long id) {
        return switch (element) {
            case OFFER -> offerService.get(id).id();
            case DEPARTMENT -> offerService.department(id).offerId();
            case ROLE -> persons.role(id).offerId();
            case PLAN -> plans.get(id).offerId();
            case SECTION -> sections.ref(id).offerId();
            case GOAL -> goals.ref(id).offerId();
            case ACTIVITY -> activities.ref(id).offerId();
            case NOTE -> activities.ref(activities.note(id).activityId()).offerId();
            case MILESTONE -> activities.ref(milestones.get(id).activityId()).offerId();
            case SUPERVISOR_GRANT -> grants.get(id).offerId();
            case COMMENT -> comments.get(id).offerId();
            case STAFF_FIGURES -> staffFigures.get(id).offerId();
            case COERCION_CASE -> coercion.get(id).offerId();
            case COERCION_FOLLOW_UP -> coercion.followUp(id).offerId();
            case TARGET -> targets.get(id).offerId();
            case REVISION -> plans.get(revisions.byId(id).planId()).offerId();
            default -> throw new IllegalArgumentException("No single offer for " + element);
        };
    }
}
