package dk.handleplan.revisions;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan frozen as it was: the header and its live (not archived) sections, goals, activities, milestones
 * and notes, each with the id it has in the plan, so two snapshots can be compared element by element.
 * Statuses are kept as the activity module's enum names ({@code COMPLETED}) with their Danish label.
 */
public record PlanSnapshot(long planId, long offerId, String offerName, String title, String authority,
        LocalDate visitDate, LocalDate reportDate, List<Section> sections) {

    public PlanSnapshot {
        sections = List.copyOf(sections);
    }

    public record Section(long id, String themeCode, String themeName, String subject, String departmentName,
            List<Goal> goals) {

        public Section {
            goals = List.copyOf(goals);
        }
    }

    public record Goal(long id, String text, String expectedEffect, List<Activity> activities) {

        public Goal {
            activities = List.copyOf(activities);
        }
    }

    /** {@code when}: the Hvornår text in Danish; {@code timeStart}/{@code timeEnd}: the stored specs. */
    public record Activity(long id, String description, String documentation, String responsible, String timeStart,
            String timeEnd, String when, String status, String statusLabel, LocalDate completedOn,
            String cancelReason, List<Milestone> milestones, List<Note> notes) {

        public static final String COMPLETED = "COMPLETED";

        public Activity {
            milestones = List.copyOf(milestones);
            notes = List.copyOf(notes);
        }

        public boolean completed() {
            return COMPLETED.equals(status);
        }
    }

    /** {@code text}: the milestone in Danish, with its date ("Temadag: 4. december 2024 kl. 13.00-15.00"). */
    public record Milestone(long id, String text) {
    }

    public record Note(long id, LocalDate date, String text, String author) {
    }
}
