package dk.handleplan.reminders;

import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.activities.ResponsibleText;
import dk.handleplan.activities.ResponsibleView;
import dk.handleplan.deadlines.DeadlineKind;
import dk.handleplan.deadlines.MilestoneView;
import dk.handleplan.goals.GoalView;
import dk.handleplan.kernel.TimeFrame;
import dk.handleplan.kernel.TimeFrameView;
import dk.handleplan.kernel.TimePoint;
import dk.handleplan.people.OrganisationRole;
import dk.handleplan.people.PersonView;
import dk.handleplan.people.RoleView;
import dk.handleplan.themes.PlanStatus;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.SectionView;
import dk.handleplan.themes.ThemeView;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Plans, people and deadlines as the modules' views hold them, built in memory for the tests. */
final class Fixture {

    static final OffsetDateTime CHANGED = OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC);
    static final ThemeView THEME = new ThemeView("ORGANISATION_OG_LEDELSE", 5, "Organisation og ledelse", true);

    final List<SectionView> sections = new ArrayList<>();
    final List<GoalView> goals = new ArrayList<>();
    final List<ActivityView> activities = new ArrayList<>();
    final List<MilestoneView> milestones = new ArrayList<>();
    final PlanView plan;

    Fixture(long planId, long offerId) {
        plan = new PlanView(planId, offerId, "Handleplan for Bostedet Lærkereden 2024", "Socialtilsyn Midt", null, null,
                PlanStatus.ACTIVE, "Aktiv", 1, false, 1, CHANGED);
    }

    DeadlineCollector.PlanContent content() {
        return new DeadlineCollector.PlanContent(plan, "Bostedet Lærkereden", sections, goals, activities, milestones);
    }

    /** A live section (optionally limited to a department) with one goal; returns the goal's id. */
    long goal(long sectionId, Long departmentId) {
        sections.add(new SectionView(sectionId, plan.id(), THEME, "Personalegennemstrømningen er for høj", "9b",
                departmentId, null, sections.size(), false, 1));
        long goalId = sectionId * 10;
        goals.add(new GoalView(goalId, sectionId, plan.id(), "Lavere gennemstrømning", null, 0, false, 1));
        return goalId;
    }

    ActivityView activity(long id, long goalId, String description, String end, ActivityStatus status,
            List<ResponsibleView> who) {
        ActivityView a = new ActivityView(id, goalId, plan.id(), description, null,
                TimeFrameView.of(TimeFrame.parse("2024-08", end)), who, ResponsibleText.of(who), status,
                status.danish(), null, null, activities.size(), false, 3, CHANGED);
        activities.add(a);
        return a;
    }

    MilestoneView milestone(long id, long activityId, String title, LocalDate date, LocalTime from, LocalTime to) {
        MilestoneView m = new MilestoneView(id, activityId, plan.id(), title, date, from, to,
                TimePoint.danishDate(date), false, 2, CHANGED.plusDays(1));
        milestones.add(m);
        return m;
    }

    static ResponsibleView named(long personId) {
        return new ResponsibleView(personId, null, "Person " + personId);
    }

    static ResponsibleView role(OrganisationRole role) {
        return new ResponsibleView(null, role, role.danish());
    }

    static PersonView person(long id, String name, RoleView... roles) {
        return new PersonView(id, name, name.toLowerCase().replace(' ', '.') + "@example.invalid", null,
                List.of(roles), false, 1);
    }

    static RoleView holds(long personId, OrganisationRole role, long offerId, Long departmentId) {
        return new RoleView(personId * 100 + role.ordinal(), personId, role, role.danish(), offerId, departmentId,
                false, 1);
    }

    /** A deadline item as the collector makes them, for the rules and texts. */
    static DeadlineItem item(DeadlineKind kind, long id, String title, LocalDate date, ActivityStatus status) {
        return new DeadlineItem(kind, id, id, title, "Aktiviteten " + title, date, null, null,
                TimePoint.danishDate(date), status, "Afdelingsleder", "Igangsættes august 2024", 1,
                "Handleplan for Bostedet Lærkereden 2024", "Bostedet Lærkereden", "5. Organisation og ledelse",
                "Emne", 1, CHANGED);
    }
}
