package dk.handleplan.app.export;

import dk.handleplan.documents.PlanDocument;
import dk.handleplan.documents.PlanDocument.Mark;
import dk.handleplan.revisions.PlanSnapshot;
import dk.handleplan.revisions.RevisionComparison;
import dk.handleplan.revisions.RevisionComparison.Kind;
import dk.handleplan.revisions.RevisionView;
import java.time.LocalDate;

/**
 * A snapshot as the document Socialtilsyn reads, with Word's conventions: what is new (or newly worded)
 * since the compared revision in green, what is completed struck through.
 */
final class PlanDocuments {

    private PlanDocuments() {
    }

    /**
     * @param shown the revision the snapshot is, or null for the plan as of now
     * @param comparedWith the revision it is compared with (the one before), or null: then nothing is green
     */
    static PlanDocument of(PlanSnapshot plan, RevisionView shown, RevisionView comparedWith,
            RevisionComparison comparison, LocalDate today) {
        PlanDocument.Header header = new PlanDocument.Header(plan.offerName(), plan.title(), plan.authority(),
                plan.visitDate(), plan.reportDate(), shown == null ? null : shown.number(),
                shown == null ? null : shown.publishedOn(), comparedWith == null ? null : comparedWith.publishedOn(),
                today);
        return new PlanDocument(header, plan.sections().stream().map(s -> new PlanDocument.Section(s.themeCode(),
                s.themeName(), s.subject(), s.departmentName(), mark(comparison, Kind.SECTION, s.id()),
                s.goals().stream().map(g -> new PlanDocument.Goal(g.text(), g.expectedEffect(),
                        mark(comparison, Kind.GOAL, g.id()),
                        g.activities().stream().map(a -> activity(a, comparison)).toList())).toList())).toList());
    }

    private static PlanDocument.Activity activity(PlanSnapshot.Activity a, RevisionComparison comparison) {
        Mark mark = a.completed() ? Mark.COMPLETED : mark(comparison, Kind.ACTIVITY, a.id());
        return new PlanDocument.Activity(a.description(), a.documentation(), a.responsible(), a.timeStart(),
                a.timeEnd(), a.when(), a.statusLabel(), a.completedOn(), a.cancelReason(), mark,
                a.milestones().stream().map(PlanSnapshot.Milestone::text).toList(),
                a.notes().stream().map(n -> new PlanDocument.Note(n.date(), n.text(), n.author(),
                        mark(comparison, Kind.NOTE, n.id()))).toList());
    }

    private static Mark mark(RevisionComparison comparison, Kind kind, long id) {
        return comparison != null && comparison.isNewText(kind, id) ? Mark.ADDED : Mark.NONE;
    }
}
