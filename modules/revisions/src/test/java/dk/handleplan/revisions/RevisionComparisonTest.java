package dk.handleplan.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.handleplan.revisions.RevisionComparison.Change;
import dk.handleplan.revisions.RevisionComparison.Kind;
import dk.handleplan.revisions.RevisionComparison.Type;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/revisions.md: revision 1 of 15 January 2025, and the plan on 10 March 2025
 * after a season of work.
 */
class RevisionComparisonTest {

    static PlanSnapshot.Activity activity(long id, String what, String status, LocalDate completedOn,
            List<PlanSnapshot.Note> notes) {
        String label = switch (status) {
            case "COMPLETED" -> "Gennemført";
            case "IN_PROGRESS" -> "I gang";
            default -> "Planlagt";
        };
        return new PlanSnapshot.Activity(id, what, "Referat", "Jonas Kragh", "2024-08", "2025-spring",
                "Igangsættes august 2024, forventes afsluttet foråret 2025", status, label, completedOn, null,
                List.of(), notes);
    }

    /** Revision 1: one section, one goal, two activities (a temadag and supervision). */
    static PlanSnapshot january() {
        return new PlanSnapshot(7, 1, "Bostedet Lærkereden", "Handleplan 2025", "Socialtilsyn Midt",
                LocalDate.of(2024, 11, 20), LocalDate.of(2024, 12, 10), List.of(
                        new PlanSnapshot.Section(10, "3", "Målgrupper, metoder og resultater",
                                "Fælles faglig tilgang", null, List.of(
                                        new PlanSnapshot.Goal(20, "Alle kender metoderne", "Ens praksis", List.of(
                                                activity(30, "Temadag om KRAP", "PLANNED", null, List.of()),
                                                activity(31, "Supervision hver måned", "IN_PROGRESS", null,
                                                        List.of(new PlanSnapshot.Note(40,
                                                                LocalDate.of(2025, 1, 10), "Første gang holdt",
                                                                "Jonas Kragh")))))))));
    }

    /**
     * March: the temadag is held (completed), supervision's responsible changed, a new goal with one
     * activity was added, and the note of January archived.
     */
    static PlanSnapshot march() {
        PlanSnapshot.Activity temadag = activity(30, "Temadag om KRAP", "COMPLETED", LocalDate.of(2025, 2, 4), List.of());
        PlanSnapshot.Activity supervision = new PlanSnapshot.Activity(31, "Supervision hver måned", "Referat",
                "Nanna Lund", "2024-08", "2025-spring", "Igangsættes august 2024, forventes afsluttet foråret 2025",
                "IN_PROGRESS", "I gang", null, null, List.of(), List.of());
        PlanSnapshot.Goal methods = new PlanSnapshot.Goal(20, "Alle kender metoderne", "Ens praksis",
                List.of(temadag, supervision));
        PlanSnapshot.Goal conflicts = new PlanSnapshot.Goal(21, "Færre konflikter", "Roligere hverdag",
                List.of(activity(32, "Konfliktregistrering", "PLANNED", null, List.of())));
        return new PlanSnapshot(7, 1, "Bostedet Lærkereden", "Handleplan 2025", "Socialtilsyn Midt",
                LocalDate.of(2024, 11, 20), LocalDate.of(2024, 12, 10), List.of(new PlanSnapshot.Section(10, "3",
                        "Målgrupper, metoder og resultater", "Fælles faglig tilgang", null, List.of(methods, conflicts))));
    }

    @Test
    void findsWhatWasAddedCompletedChangedAndArchivedInTheWorkedExample() {
        RevisionComparison comparison = RevisionComparison.between(january(), march());

        assertEquals(List.of("GOAL 21 ADDED", "ACTIVITY 32 ADDED"), summary(comparison.ofType(Type.ADDED)));
        assertEquals(List.of("ACTIVITY 30 COMPLETED"), summary(comparison.ofType(Type.COMPLETED)));
        assertEquals(List.of("ACTIVITY 31 CHANGED"), summary(comparison.ofType(Type.CHANGED)));
        assertEquals(List.of("NOTE 40 ARCHIVED"), summary(comparison.ofType(Type.ARCHIVED)));
        assertEquals(5, comparison.changes().size());

        Change supervision = comparison.find(Kind.ACTIVITY, 31);
        assertEquals(List.of(new RevisionComparison.FieldChange("responsible", "Hvem", "Jonas Kragh", "Nanna Lund")),
                supervision.fields());
        Change temadag = comparison.find(Kind.ACTIVITY, 30);
        assertEquals(List.of("status: Planlagt -> Gennemført", "completedOn: null -> 2025-02-04"),
                temadag.fields().stream().map(f -> f.field() + ": " + f.before() + " -> " + f.after()).toList());
    }

    @Test
    void marksNewTextButNotAStatusChangeAlone() {
        RevisionComparison comparison = RevisionComparison.between(january(), march());

        assertTrue(comparison.isNewText(Kind.GOAL, 21), "an added goal is new text");
        assertTrue(comparison.isNewText(Kind.ACTIVITY, 31), "a changed responsible is new text");
        assertFalse(comparison.isNewText(Kind.ACTIVITY, 30), "completing changes no text: it is struck, not green");
        assertFalse(comparison.isNewText(Kind.SECTION, 10));
        assertNull(comparison.find(Kind.GOAL, 20), "an untouched goal is no change");
    }

    @Test
    void findsNothingBetweenASnapshotAndItself() {
        assertEquals(List.of(), RevisionComparison.between(march(), march()).changes());
    }

    @Test
    void aSnapshotSurvivesTheJsonItIsStoredAs() throws Exception {
        try (var json = JsonbBuilder.create()) {
            PlanSnapshot plan = march();
            String text = json.toJson(plan);
            assertEquals(plan, json.fromJson(text, PlanSnapshot.class));
            assertTrue(text.contains("\"completedOn\":\"2025-02-04\""), text);
        }
    }

    private static List<String> summary(List<Change> changes) {
        return changes.stream().map(c -> c.kind() + " " + c.id() + " " + c.type()).toList();
    }
}
