package dk.handleplan.app.plan;

import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.activities.NoteView;
import dk.handleplan.activities.ResponsibleView;
import dk.handleplan.deadlines.MilestoneView;
import dk.handleplan.kernel.TimeFrameView;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.ThemeView;
import java.time.LocalDate;
import dk.handleplan.monitoring.FigureSeriesService;
import java.util.List;

/**
 * A whole plan in one document: the header, and sections > goals > activities with their
 * milestones and notes, in order; with counts as of {@code today}.
 *
 * <p>The nodes hash by id alone (consistent with equals: equal nodes have equal ids). JSON-B puts every
 * node it writes into a hash set to detect cycles, and a record's own hash walks its whole subtree, so
 * writing a tree cost time in proportion to its size times its depth (about 7 % of a plan tree request).
 */
public record PlanTree(PlanView plan, String offerName, LocalDate today, Summary summary, List<Section> sections) {

    @Override
    public int hashCode() {
        return Long.hashCode(plan.id());
    }

    /** Counts over the live activities of the plan. */
    public record Summary(int activities, int completed, int cancelled, int overdue) {
    }

    public record Section(long id, ThemeView theme, String subject, String indicatorRef, Long departmentId,
            String departmentName, int position, boolean archived, long version, List<Goal> goals) {
        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    /**
     * {@code figures}: the key figures the goal is measured by (the targets linked to it), each with its
     * latest value, trend and status against the target and benchmarks.
     */
    public record Goal(long id, String text, String expectedEffect, int position, boolean archived, long version,
            List<Activity> activities, List<FigureSeriesService.GoalFigure> figures) {
        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }

    public record Activity(long id, String description, String documentation, TimeFrameView timeFrame,
            List<ResponsibleView> responsible, String responsibleText, ActivityStatus status, String statusLabel,
            LocalDate completedOn, String cancelReason, boolean overdue, int position, boolean archived,
            long version, List<MilestoneView> milestones, List<NoteView> notes) {
        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }
    }
}
