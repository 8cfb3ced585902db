package dk.handleplan.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan document as the rows of Socialtilsyn's table: one per activity, the theme and subject on the
 * first row of their section, the goal and its effect on the first row of the goal; a goal without
 * activities and a section without goals get one row of their own. The layout of every export, and of
 * the pages that show a plan as it is sent; the Word import reads it back.
 */
public record PlanRows(PlanDocument.Section section, PlanDocument.Goal goal, PlanDocument.Activity activity,
        boolean firstOfSection, boolean firstOfGoal) {

    public static List<PlanRows> of(PlanDocument document) {
        List<PlanRows> rows = new ArrayList<>();
        for (PlanDocument.Section section : document.sections()) {
            if (section.goals().isEmpty()) {
                rows.add(new PlanRows(section, null, null, true, false));
            }
            boolean firstOfSection = true;
            for (PlanDocument.Goal goal : section.goals()) {
                if (goal.activities().isEmpty()) {
                    rows.add(new PlanRows(section, goal, null, firstOfSection, true));
                    firstOfSection = false;
                }
                boolean firstOfGoal = true;
                for (PlanDocument.Activity activity : goal.activities()) {
                    rows.add(new PlanRows(section, goal, activity, firstOfSection, firstOfGoal));
                    firstOfSection = false;
                    firstOfGoal = false;
                }
            }
        }
        return rows;
    }

    public String sectionCss() {
        return css(section.mark());
    }

    public String goalCss() {
        return goal == null ? "" : css(goal.mark());
    }

    public String activityCss() {
        return activity == null ? "" : css(activity.mark());
    }

    /** The CSS class of a mark (pages and PDF share it): green for new text, struck for completed. */
    public String css(PlanDocument.Mark mark) {
        return switch (mark) {
            case ADDED -> "tilfoejet";
            case COMPLETED -> "gennemfoert-tekst";
            case NONE -> "";
        };
    }
}
