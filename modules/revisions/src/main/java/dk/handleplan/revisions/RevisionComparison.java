package dk.handleplan.revisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What changed between two snapshots of a plan, element by element (matched by id, so an element
 * keeps its identity when it is edited): added, changed (with old and new values), completed since,
 * and archived (in the older snapshot, gone from the newer). In plan order of the newer snapshot,
 * then the archived ones in the order of the older.
 */
public record RevisionComparison(List<Change> changes) {

    public RevisionComparison {
        changes = List.copyOf(changes);
    }

    public enum Kind {
        SECTION("Tema"), GOAL("Mål"), ACTIVITY("Aktivitet"), MILESTONE("Milepæl"), NOTE("Note");

        private final String danish;

        Kind(String danish) {
            this.danish = danish;
        }

        public String danish() {
            return danish;
        }
    }

    public enum Type {
        ADDED("Tilføjet"), CHANGED("Ændret"), COMPLETED("Gennemført"), ARCHIVED("Arkiveret");

        private final String danish;

        Type(String danish) {
            this.danish = danish;
        }

        public String danish() {
            return danish;
        }
    }

    /** One field's old and new value; {@code label} is its Danish column name. */
    public record FieldChange(String field, String label, String before, String after) {
    }

    /** {@code text}: the element's text (its newest); {@code fields}: what changed, for CHANGED and COMPLETED. */
    public record Change(Kind kind, long id, Type type, String text, List<FieldChange> fields) {

        public Change {
            fields = List.copyOf(fields);
        }

        /** Whether a text changed, not only the status (a status change alone is no new text). */
        public boolean textChanged() {
            return fields.stream().anyMatch(f -> !f.field().equals("status") && !f.field().equals("completedOn"));
        }
    }

    public static RevisionComparison between(PlanSnapshot before, PlanSnapshot after) {
        return new Comparer(before, after).compare();
    }

    public List<Change> ofType(Type type) {
        return changes.stream().filter(c -> c.type() == type).toList();
    }

    public Change find(Kind kind, long id) {
        return changes.stream().filter(c -> c.kind() == kind && c.id() == id).findFirst().orElse(null);
    }

    /** Whether the element is new, or its text changed: written in green. */
    public boolean isNewText(Kind kind, long id) {
        Change change = find(kind, id);
        return change != null && (change.type() == Type.ADDED || change.textChanged());
    }

    private static final class Comparer {

        private final PlanSnapshot before;
        private final PlanSnapshot after;
        private final List<Change> changes = new ArrayList<>();

        Comparer(PlanSnapshot before, PlanSnapshot after) {
            this.before = before;
            this.after = after;
        }

        RevisionComparison compare() {
            Map<Long, PlanSnapshot.Section> oldSections = index(before.sections(), PlanSnapshot.Section::id);
            Map<Long, PlanSnapshot.Goal> oldGoals = index(goals(before), PlanSnapshot.Goal::id);
            Map<Long, PlanSnapshot.Activity> oldActivities = index(activities(before), PlanSnapshot.Activity::id);
            Map<Long, PlanSnapshot.Milestone> oldMilestones = index(activities(before).stream()
                    .flatMap(a -> a.milestones().stream()).toList(), PlanSnapshot.Milestone::id);
            Map<Long, PlanSnapshot.Note> oldNotes = index(activities(before).stream()
                    .flatMap(a -> a.notes().stream()).toList(), PlanSnapshot.Note::id);

            for (PlanSnapshot.Section section : after.sections()) {
                compare(Kind.SECTION, section.id(), section.subject(), oldSections.remove(section.id()), section,
                        (o, n) -> fields(f -> {
                            f.add("themeName", "Tema", o.themeName(), n.themeName());
                            f.add("subject", "Emne", o.subject(), n.subject());
                            f.add("departmentName", "Afdeling", o.departmentName(), n.departmentName());
                        }));
                for (PlanSnapshot.Goal goal : section.goals()) {
                    compare(Kind.GOAL, goal.id(), goal.text(), oldGoals.remove(goal.id()), goal, (o, n) -> fields(f -> {
                        f.add("text", "Mål", o.text(), n.text());
                        f.add("expectedEffect", "Forventede effekt", o.expectedEffect(), n.expectedEffect());
                    }));
                    for (PlanSnapshot.Activity activity : goal.activities()) {
                        compareActivity(oldActivities.remove(activity.id()), activity);
                        for (PlanSnapshot.Milestone milestone : activity.milestones()) {
                            compare(Kind.MILESTONE, milestone.id(), milestone.text(),
                                    oldMilestones.remove(milestone.id()), milestone,
                                    (o, n) -> fields(f -> f.add("text", "Milepæl", o.text(), n.text())));
                        }
                        for (PlanSnapshot.Note note : activity.notes()) {
                            compare(Kind.NOTE, note.id(), note.text(), oldNotes.remove(note.id()), note,
                                    (o, n) -> fields(f -> {
                                        f.add("date", "Dato", text(o.date()), text(n.date()));
                                        f.add("text", "Note", o.text(), n.text());
                                    }));
                        }
                    }
                }
            }
            oldSections.values().forEach(s -> archived(Kind.SECTION, s.id(), s.subject()));
            oldGoals.values().forEach(g -> archived(Kind.GOAL, g.id(), g.text()));
            oldActivities.values().forEach(a -> archived(Kind.ACTIVITY, a.id(), a.description()));
            oldMilestones.values().forEach(m -> archived(Kind.MILESTONE, m.id(), m.text()));
            oldNotes.values().forEach(n -> archived(Kind.NOTE, n.id(), n.text()));
            return new RevisionComparison(changes);
        }

        private void compareActivity(PlanSnapshot.Activity old, PlanSnapshot.Activity now) {
            if (old == null) {
                changes.add(new Change(Kind.ACTIVITY, now.id(), Type.ADDED, now.description(), List.of()));
                return;
            }
            List<FieldChange> fields = fields(f -> {
                f.add("description", "Hvad", old.description(), now.description());
                f.add("when", "Hvornår", old.when(), now.when());
                f.add("documentation", "Dokumentation", old.documentation(), now.documentation());
                f.add("responsible", "Hvem", old.responsible(), now.responsible());
                f.add("status", "Status", old.statusLabel(), now.statusLabel());
                f.add("completedOn", "Gennemført", text(old.completedOn()), text(now.completedOn()));
                f.add("cancelReason", "Begrundelse for aflysning", old.cancelReason(), now.cancelReason());
            });
            if (now.completed() && !old.completed()) {
                changes.add(new Change(Kind.ACTIVITY, now.id(), Type.COMPLETED, now.description(), fields));
            } else if (!fields.isEmpty()) {
                changes.add(new Change(Kind.ACTIVITY, now.id(), Type.CHANGED, now.description(), fields));
            }
        }

        private <T> void compare(Kind kind, long id, String text, T old, T now,
                BiFunction<T, T, List<FieldChange>> differ) {
            if (old == null) {
                changes.add(new Change(kind, id, Type.ADDED, text, List.of()));
                return;
            }
            List<FieldChange> fields = differ.apply(old, now);
            if (!fields.isEmpty()) {
                changes.add(new Change(kind, id, Type.CHANGED, text, fields));
            }
        }

        private void archived(Kind kind, long id, String text) {
            changes.add(new Change(kind, id, Type.ARCHIVED, text, List.of()));
        }

        private static List<PlanSnapshot.Goal> goals(PlanSnapshot plan) {
            return plan.sections().stream().flatMap(s -> s.goals().stream()).toList();
        }

        private static List<PlanSnapshot.Activity> activities(PlanSnapshot plan) {
            return goals(plan).stream().flatMap(g -> g.activities().stream()).toList();
        }

        private static <T> Map<Long, T> index(List<T> elements, Function<T, Long> id) {
            Map<Long, T> byId = new LinkedHashMap<>();
            elements.forEach(e -> byId.put(id.apply(e), e));
            return byId;
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }

        private static List<FieldChange> fields(Consumer<FieldCollector> collect) {
            FieldCollector collector = new FieldCollector();
            collect.accept(collector);
            return collector.changes;
        }
    }

    private static final class FieldCollector {

        private final List<FieldChange> changes = new ArrayList<>();

        void add(String field, String label, String before, String after) {
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, label, before, after));
            }
        }
    }
}
