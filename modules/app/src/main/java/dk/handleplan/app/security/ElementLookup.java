package dk.handleplan.app.security;

import dk.handleplan.access.SupervisorGrantService;
import dk.handleplan.access.UserService;
import dk.handleplan.activities.ActivityService;
import dk.handleplan.app.persistence.DataGeneration;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** About 100 bytes an entry: 50,000 elements (a municipality's plans, notes and cases) in 5 MB. */
    private static final int MAX_KNOWN_OFFERS = 50_000;

    /**
     * Which offer each element belongs to. Every request on an element asks (the plan's row alone was
     * an eighth of the plan tree's CPU), and the answer never changes: no element is ever given another
     * parent, and none is deleted (archived instead), so it is kept for good, not per data generation
     * as before, under which every progress note sent the next request on any element to the database
     * again. Least recently asked go first.
     */
    private final Map<ElementKey, Long> knownOffers = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ElementKey, Long> eldest) {
                    return size() > MAX_KNOWN_OFFERS;
                }
            });

    /** The offer the element belongs to (404 when it does not exist). */
    public long offerOf(Guard.Element element, long id) {
        ElementKey key = new ElementKey(element, id);
        Long known = knownOffers.get(key);
        if (known != null) {
            return known;
        }
        long offer = lookUpOfferOf(element, id);
        // An element this transaction has created may yet be rolled back: only committed ones are kept.
        if (!DataGeneration.writtenInThisTransaction() && !DataGeneration.accessWrittenInThisTransaction()) {
            knownOffers.put(key, offer);
        }
        return offer;
    }

    private long lookUpOfferOf(Guard.Element element, long id) {
        return switch (element) {
            case OFFER -> offerService.get(id).id();
            case DEPARTMENT -> offerService.department(id).offerId();
            case ROLE -> persons.role(id).offerId();
            case PLAN -> plans.get(id).offerId();
            case SECTION -> sections.ref(id).offerId();
            // Goals, activities, notes and milestones keep their plan's id: two reads, not the whole chain.
            case GOAL -> plans.get(goals.get(id).planId()).offerId();
            case ACTIVITY -> plans.get(activities.planOf(id)).offerId();
            case NOTE -> plans.get(activities.note(id).planId()).offerId();
            case MILESTONE -> plans.get(milestones.get(id).planId()).offerId();
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
