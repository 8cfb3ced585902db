package dk.handleplan.reminders;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.deadlines.MilestoneService;
import dk.handleplan.goals.GoalService;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
import dk.handleplan.people.PersonService;
import dk.handleplan.people.PersonView;
import dk.handleplan.people.RoleView;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanStatus;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.SectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The open deadlines each person is responsible for, across the plans of every offer they hold a role
 * in (see {@link DeadlineCollector} for the rule). Plans count while they are drafts or active, and
 * their offer is not archived; closed and archived plans have no deadlines.
 */
@ApplicationScoped
@Transactional
public class ResponsibleDeadlines {

    @Inject
    OfferService offers;
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

    /** The person's deadlines; none when the person is archived. */
    public PersonDeadlines ofPerson(long personId) {
        PersonView person = persons.get(personId);
        if (person.archived()) {
            return new PersonDeadlines(person.id(), person.name(), person.email(), List.of());
        }
        Set<Long> offerIds = person.roles().stream().map(RoleView::offerId).collect(Collectors.toSet());
        return DeadlineCollector.collect(content(p -> offerIds.contains(p.offerId())), List.of(person)).get(0);
    }

    /** Every active person's deadlines, by name. */
    public List<PersonDeadlines> ofEveryone() {
        return DeadlineCollector.collect(content(p -> true), persons.list(false, null));
    }

    private List<DeadlineCollector.PlanContent> content(Predicate<PlanView> wanted) {
        Map<Long, String> liveOffers = offers.list(false).stream()
                .collect(Collectors.toMap(OfferView::id, OfferView::name));
        return plans.list(null, false).stream()
                .filter(p -> p.status() != PlanStatus.CLOSED && liveOffers.containsKey(p.offerId()))
                .filter(wanted)
                .map(p -> new DeadlineCollector.PlanContent(p, liveOffers.get(p.offerId()),
                        sections.list(p.id(), false), goals.allOfPlan(p.id()), activities.liveOfPlan(p.id()),
                        milestones.allOfPlan(p.id())))
                .toList();
    }
}
