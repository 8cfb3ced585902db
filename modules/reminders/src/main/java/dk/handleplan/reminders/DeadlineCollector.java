package dk.handleplan.reminders;

import dk.handleplan.activities.ActivityView;
import dk.handleplan.activities.ResponsibleView;
import dk.handleplan.deadlines.DeadlineKind;
import dk.handleplan.deadlines.MilestoneView;
import dk.handleplan.goals.GoalView;
import dk.handleplan.people.OrganisationRole;
import dk.handleplan.people.PersonView;
import dk.handleplan.people.RoleView;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.SectionView;
import dk.handleplan.themes.ThemeView;
import dk.handleplan.kernel.TimePoint;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is responsible for which open deadline, worked out from the plans' live content and the roles
 * people hold. A person is responsible for an activity when named in it, or when the activity names a
 * role they hold in the plan's offer: offer-wide, or in the department the activity's section is
 * limited to (a section without a department counts for every department). Only people who hold a
 * current role in the offer count, so someone who has left it gets nothing more. Completed and
 * cancelled activities, archived elements and everything under them have no deadlines.
 */
final class DeadlineCollector {

    /** What the collector needs of one plan: its header, offer name and live content. */
    record PlanContent(PlanView plan, String offer, List<SectionView> sections, List<GoalView> goals,
            List<ActivityView> activities, List<MilestoneView> milestones) {
    }

    private static final Comparator<DeadlineItem> SOONEST = Comparator.comparing(DeadlineItem::date)
            .thenComparing(i -> i.startTime() == null ? java.time.LocalTime.MIN : i.startTime())
            .thenComparing(DeadlineItem::kind).thenComparingLong(DeadlineItem::id);

    private DeadlineCollector() {
    }

    /**
     * The deadlines of each of {@code people} (active persons with their roles), soonest first, in the
     * order the people were given; people without any deadline are included with an empty list.
     */
    static List<PersonDeadlines> collect(List<PlanContent> plans, List<PersonView> people) {
        Map<Long, List<DeadlineItem>> byPerson = new LinkedHashMap<>();
        for (PersonView person : people) {
            byPerson.put(person.id(), new ArrayList<>());
        }
        for (PlanContent plan : plans) {
            Map<Long, SectionView> sections = plan.sections().stream().filter(s -> !s.archived())
                    .collect(Collectors.toMap(SectionView::id, Function.identity()));
            Map<Long, GoalView> goals = plan.goals().stream().filter(g -> !g.archived())
                    .collect(Collectors.toMap(GoalView::id, Function.identity()));
            Map<Long, List<MilestoneView>> milestones = plan.milestones().stream().filter(m -> !m.archived())
                    .collect(Collectors.groupingBy(MilestoneView::activityId));
            for (ActivityView activity : plan.activities()) {
                GoalView goal = goals.get(activity.goalId());
                SectionView section = goal == null ? null : sections.get(goal.sectionId());
                if (activity.archived() || activity.status().isClosed() || section == null) {
                    continue;
                }
                Set<Long> responsible = responsible(activity, section, plan.plan().offerId(), people);
                if (responsible.isEmpty()) {
                    continue;
                }
                List<DeadlineItem> items = new ArrayList<>();
                if (activity.timeFrame().endDate() != null) {
                    items.add(activityEnd(plan, section, activity));
                }
                for (MilestoneView m : milestones.getOrDefault(activity.id(), List.of())) {
                    items.add(milestone(plan, section, activity, m));
                }
                for (Long personId : responsible) {
                    byPerson.get(personId).addAll(items);
                }
            }
        }
        Map<Long, PersonView> byId = people.stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
        List<PersonDeadlines> result = new ArrayList<>();
        byPerson.forEach((id, items) -> {
            PersonView person = byId.get(id);
            items.sort(SOONEST);
            result.add(new PersonDeadlines(id, person.name(), person.email(), List.copyOf(items)));
        });
        return result;
    }

    /** The ids of the given people responsible for the activity. */
    private static Set<Long> responsible(ActivityView activity, SectionView section, long offerId,
            List<PersonView> people) {
        Set<Long> found = new LinkedHashSet<>();
        for (PersonView person : people) {
            List<RoleView> roles = person.roles().stream().filter(r -> !r.archived() && r.offerId() == offerId)
                    .toList();
            if (roles.isEmpty()) {
                continue;
            }
            for (ResponsibleView who : activity.responsible()) {
                if (who.personId() != null && who.personId() == person.id()
                        || who.role() != null && holds(roles, who.role(), section.departmentId())) {
                    found.add(person.id());
                }
            }
        }
        return found;
    }

    private static boolean holds(List<RoleView> roles, OrganisationRole role, Long sectionDepartment) {
        return roles.stream().anyMatch(r -> r.role() == role && (r.departmentId() == null || sectionDepartment == null
                || r.departmentId().equals(sectionDepartment)));
    }

    private static DeadlineItem activityEnd(PlanContent plan, SectionView section, ActivityView a) {
        return new DeadlineItem(DeadlineKind.ACTIVITY_END, a.id(), a.id(), a.description(), a.description(),
                a.timeFrame().endDate(), null, null, TimePoint.danishDate(a.timeFrame().endDate()), a.status(),
                a.responsibleText(), a.timeFrame().text(), plan.plan().id(), plan.plan().title(), plan.offer(),
                theme(section.theme()), section.subject(), (int) a.version(), a.updatedAt());
    }

    private static DeadlineItem milestone(PlanContent plan, SectionView section, ActivityView a, MilestoneView m) {
        // Both versions only grow, so their sum does too: a change of either shows as a new sequence.
        return new DeadlineItem(DeadlineKind.MILESTONE, m.id(), a.id(), m.title(), a.description(), m.date(),
                m.startTime(), m.endTime(), m.text(), a.status(), a.responsibleText(), a.timeFrame().text(),
                plan.plan().id(), plan.plan().title(), plan.offer(), theme(section.theme()), section.subject(),
                (int) (m.version() + a.version()), latest(m.updatedAt(), a.updatedAt()));
    }

    /** "5. Organisation og ledelse"; themes outside the quality model (Økonomi) without a number. */
    static String theme(ThemeView theme) {
        if (theme == null) {
            return null;
        }
        return theme.number() == null ? theme.name() : theme.number() + ". " + theme.name();
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        if (a == null || b == null) {
            return Objects.requireNonNullElse(a, b);
        }
        return a.isAfter(b) ? a : b;
    }
}
