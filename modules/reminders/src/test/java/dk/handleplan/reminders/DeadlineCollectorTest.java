package dk.handleplan.reminders;

import static dk.handleplan.reminders.Fixture.holds;
import static dk.handleplan.reminders.Fixture.named;
import static dk.handleplan.reminders.Fixture.person;
import static dk.handleplan.reminders.Fixture.role;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.deadlines.DeadlineKind;
import dk.handleplan.people.OrganisationRole;
import dk.handleplan.people.PersonView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeadlineCollectorTest {

    private static final long OFFER = 7;
    private static final long AHORN = 71;
    private static final long BIRK = 72;

    private final Fixture plan = new Fixture(1, OFFER);
    private final PersonView jonas = person(1, "Jonas Kragh", holds(1, OrganisationRole.AFDELINGSLEDER, OFFER, AHORN));
    private final PersonView sara = person(2, "Sara Østergaard", holds(2, OrganisationRole.AFDELINGSLEDER, OFFER, BIRK));
    private final PersonView mette = person(3, "Mette Sølvhøj", holds(3, OrganisationRole.AFTALEHOLDER, OFFER, null));
    private final PersonView outsider = person(4, "Ude Andetsteds", holds(4, OrganisationRole.AFDELINGSLEDER, 99, null));

    private Map<String, List<String>> titlesByName() {
        return DeadlineCollector.collect(List.of(plan.content()), List.of(jonas, sara, mette, outsider)).stream()
                .collect(Collectors.toMap(PersonDeadlines::name,
                        p -> p.items().stream().map(i -> i.kind() + ":" + i.title()).toList()));
    }

    @Test
    void rolesCountInTheirOfferAndTheSectionsDepartmentNamesCountAnywhereInTheOffer() {
        long everywhere = plan.goal(1, null);
        long ahornOnly = plan.goal(2, AHORN);
        plan.activity(10, everywhere, "Ny grundrul", "2025-03-31", ActivityStatus.IN_PROGRESS,
                List.of(role(OrganisationRole.AFDELINGSLEDER)));
        plan.activity(11, ahornOnly, "Stikprøver i Ahorn", "2025-04-15", ActivityStatus.PLANNED,
                List.of(role(OrganisationRole.AFDELINGSLEDER)));
        plan.activity(12, ahornOnly, "Budget", "2025-05", ActivityStatus.PLANNED, List.of(named(3), named(4)));

        Map<String, List<String>> titles = titlesByName();
        assertEquals(List.of("ACTIVITY_END:Ny grundrul", "ACTIVITY_END:Stikprøver i Ahorn"), titles.get("Jonas Kragh"));
        assertEquals(List.of("ACTIVITY_END:Ny grundrul"), titles.get("Sara Østergaard"));
        assertEquals(List.of("ACTIVITY_END:Budget"), titles.get("Mette Sølvhøj"));
        assertEquals(List.of(), titles.get("Ude Andetsteds"), "named, but holds no role in the offer");
    }

    @Test
    void closedActivitiesArchivedElementsAndActivitiesWithoutAnEndHaveNoDeadlines() {
        long goal = plan.goal(1, null);
        var who = List.of(named(1));
        plan.activity(10, goal, "Afsluttet", "2025-03-31", ActivityStatus.COMPLETED, who);
        plan.activity(11, goal, "Aflyst", "2025-03-31", ActivityStatus.CANCELLED, who);
        plan.activity(12, goal, "Løbende", "ongoing", ActivityStatus.IN_PROGRESS, who);
        plan.milestone(120, 12, "Temadag", LocalDate.of(2025, 3, 19), LocalTime.of(9, 0), LocalTime.of(15, 0));
        plan.milestone(121, 10, "Milepæl i afsluttet", LocalDate.of(2025, 3, 20), null, null);
        long archivedGoal = plan.goal(2, null);
        plan.goals.set(1, new dk.handleplan.goals.GoalView(archivedGoal, 2, 1, "Arkiveret", null, 0, true, 2));
        plan.activity(13, archivedGoal, "Under arkiveret mål", "2025-03-31", ActivityStatus.PLANNED, who);

        assertEquals(List.of("MILESTONE:Temadag"), titlesByName().get("Jonas Kragh"));
    }

    @Test
    void itemsComeSoonestFirstWithTheirPlanThemeAndGrowingSequence() {
        long goal = plan.goal(1, null);
        plan.activity(10, goal, "Ny grundrul", "2025-Q2", ActivityStatus.IN_PROGRESS, List.of(named(1)));
        plan.milestone(100, 10, "Oplæg kl. 13", LocalDate.of(2025, 3, 22), LocalTime.of(13, 0), null);
        plan.milestone(101, 10, "Oplæg kl. 9", LocalDate.of(2025, 3, 22), LocalTime.of(9, 0), null);

        Map<String, PersonDeadlines> byName = DeadlineCollector.collect(List.of(plan.content()), List.of(jonas))
                .stream().collect(Collectors.toMap(PersonDeadlines::name, Function.identity()));
        List<DeadlineItem> items = byName.get("Jonas Kragh").items();
        assertEquals(List.of("milestone-101@handleplan", "milestone-100@handleplan", "activity-10@handleplan"),
                items.stream().map(DeadlineItem::uid).toList());
        DeadlineItem end = items.get(2);
        assertEquals(DeadlineKind.ACTIVITY_END, end.kind());
        assertEquals(LocalDate.of(2025, 6, 30), end.date());
        assertEquals("5. Organisation og ledelse", end.theme());
        assertEquals("Handleplan for Bostedet Lærkereden 2024", end.plan());
        assertEquals(3, end.sequence());
        assertEquals(5, items.get(0).sequence(), "milestone version 2 + activity version 3");
        assertEquals(Fixture.CHANGED.plusDays(1), items.get(0).lastModified());
    }
}
