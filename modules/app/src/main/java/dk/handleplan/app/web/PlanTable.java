package dk.handleplan.app.web;

import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.activities.ResponsibleView;
import dk.handleplan.app.plan.PlanTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan in Socialtilsyn's table: one row per goal (Tema | Emne | Mål | Hvad | Hvornår |
 * Dokumentation | Hvem | Forventede effekt), grouped by theme, with the activities that pass the
 * filter. The theme and subject cells span the rows of their goals.
 */
public final class PlanTable {

    /** One row: the goal, its section and theme, how many rows the theme and subject cells span (0: none here). */
    public record Row(PlanTree.Section section, PlanTree.Goal goal, List<PlanTree.Activity> activities,
            int themeRows, int sectionRows) {
    }

    /** The filters a reader can set on the plan page; blank values filter nothing. */
    public record Filter(String theme, ActivityStatus status, String responsible, boolean overdue) {

        public boolean active() {
            return theme != null || status != null || responsible != null || overdue;
        }

        boolean keeps(PlanTree.Section section) {
            return theme == null || theme.equals(section.theme().code());
        }

        boolean keeps(PlanTree.Activity activity) {
            return (status == null || activity.status() == status) && (!overdue || activity.overdue())
                    && (responsible == null || activity.responsible().stream().anyMatch(r -> key(r).equals(responsible)));
        }
    }

    private PlanTable() {
    }

    /** The key a responsible is filtered by: "p12" for a person, "r:AFDELINGSLEDER" for a role. */
    public static String key(ResponsibleView responsible) {
        return responsible.personId() != null ? "p" + responsible.personId() : "r:" + responsible.role().name();
    }

    public static List<Row> rows(PlanTree plan, Filter filter) {
        Map<String, List<Row>> byTheme = new LinkedHashMap<>();
        for (PlanTree.Section section : plan.sections()) {
            if (!filter.keeps(section)) {
                continue;
            }
            List<Row> sectionRows = new ArrayList<>();
            for (PlanTree.Goal goal : section.goals()) {
                List<PlanTree.Activity> kept = goal.activities().stream().filter(filter::keeps).toList();
                boolean activityFilter = filter.status() != null || filter.responsible() != null || filter.overdue();
                if (!kept.isEmpty() || !activityFilter) {
                    sectionRows.add(new Row(section, goal, kept, 0, 0));
                }
            }
            if (sectionRows.isEmpty() && filter.active()) {
                continue;
            }
            if (sectionRows.isEmpty()) {
                sectionRows.add(new Row(section, null, List.of(), 0, 0)); // a section without goals yet
            }
            byTheme.computeIfAbsent(section.theme().code(), k -> new ArrayList<>()).addAll(spanned(sectionRows, false));
        }
        List<Row> rows = new ArrayList<>();
        for (List<Row> theme : byTheme.values()) {
            rows.addAll(spanned(theme, true));
        }
        return rows;
    }

    /** Sets the span of the first row's theme (or subject) cell to the number of rows. */
    private static List<Row> spanned(List<Row> rows, boolean theme) {
        List<Row> result = new ArrayList<>(rows);
        Row first = result.get(0);
        result.set(0, theme ? new Row(first.section(), first.goal(), first.activities(), rows.size(), first.sectionRows())
                : new Row(first.section(), first.goal(), first.activities(), first.themeRows(), rows.size()));
        return result;
    }

    /** Everyone named responsible somewhere in the plan, for the filter's choices (key -> label). */
    public static Map<String, String> responsibleChoices(PlanTree plan) {
        Map<String, String> choices = new LinkedHashMap<>();
        plan.sections().forEach(s -> s.goals().forEach(g -> g.activities().forEach(a -> a.responsible()
                .forEach(r -> choices.putIfAbsent(key(r), r.name() != null ? r.name() : r.role().danish())))));
        return choices;
    }
}
