package dk.handleplan.app.export;

import dk.handleplan.app.plan.PlanTree;
import dk.handleplan.app.plan.PlanTreeAssembler;
import dk.handleplan.deadlines.MilestoneView;
import dk.handleplan.revisions.PlanSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The plan as it is now, frozen: the live elements of its tree, for a revision or an export. */
@ApplicationScoped
public class PlanSnapshots {

    @Inject
    PlanTreeAssembler trees;

    public PlanSnapshot now(long planId) {
        return of(trees.tree(planId, false));
    }

    static PlanSnapshot of(PlanTree tree) {
        return new PlanSnapshot(tree.plan().id(), tree.plan().offerId(), tree.offerName(), tree.plan().title(),
                tree.plan().authority(), tree.plan().visitDate(), tree.plan().reportDate(),
                tree.sections().stream().map(PlanSnapshots::section).toList());
    }

    private static PlanSnapshot.Section section(PlanTree.Section s) {
        return new PlanSnapshot.Section(s.id(), s.theme().code(), s.theme().name(), s.subject(), s.departmentName(),
                s.goals().stream().map(PlanSnapshots::goal).toList());
    }

    private static PlanSnapshot.Goal goal(PlanTree.Goal g) {
        return new PlanSnapshot.Goal(g.id(), g.text(), g.expectedEffect(),
                g.activities().stream().map(PlanSnapshots::activity).toList());
    }

    private static PlanSnapshot.Activity activity(PlanTree.Activity a) {
        return new PlanSnapshot.Activity(a.id(), a.description(), a.documentation(), a.responsibleText(),
                a.timeFrame().start(), a.timeFrame().end(), a.timeFrame().text(), a.status().name(), a.statusLabel(),
                a.completedOn(), a.cancelReason(),
                a.milestones().stream().map(m -> new PlanSnapshot.Milestone(m.id(), milestone(m))).toList(),
                a.notes().stream().map(n -> new PlanSnapshot.Note(n.id(), n.date(), n.text(), n.author())).toList());
    }

    /** "Temadag: 4. december 2024 kl. 13.00-15.00". */
    static String milestone(MilestoneView m) {
        return m.title() + ": " + m.text();
    }
}
