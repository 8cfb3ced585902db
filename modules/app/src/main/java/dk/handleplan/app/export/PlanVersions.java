package dk.handleplan.app.export;

import dk.handleplan.deadlines.DeadlineService;
import dk.handleplan.documents.PlanDocument;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.revisions.PlanSnapshot;
import dk.handleplan.revisions.RevisionComparison;
import dk.handleplan.revisions.RevisionService;
import dk.handleplan.revisions.RevisionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * A plan as of now or as of one of its revisions, with what changed since the revision before: the one
 * place that decides what "compared with" means, for the pages, the API and every export.
 * As of now, the plan is compared with its latest revision; a revision with the one before it.
 */
@ApplicationScoped
@Transactional
public class PlanVersions {

    @Inject
    RevisionService revisions;
    @Inject
    PlanSnapshots snapshots;
    @Inject
    DeadlineService deadlines;

    /**
     * @param revision the revision shown, or null for now
     * @param previous the revision compared with, or null (the first revision, or a plan never published)
     * @param comparison what changed since {@code previous}; null when there is none
     */
    public record Version(PlanSnapshot plan, RevisionView revision, RevisionView previous,
            RevisionComparison comparison) {

        public PlanDocument document(java.time.LocalDate today) {
            return PlanDocuments.of(plan, revision, previous, comparison, today);
        }
    }

    /** The plan as of revision {@code number}, or as of now when it is null. */
    public Version of(long planId, Integer number) {
        List<RevisionView> all = revisions.ofPlan(planId);
        if (number == null) {
            PlanSnapshot now = snapshots.now(planId);
            RevisionView latest = all.isEmpty() ? null : all.get(0);
            return new Version(now, null, latest, latest == null ? null
                    : RevisionComparison.between(revisions.snapshot(planId, latest.number()), now));
        }
        RevisionView shown = revisions.get(planId, number);
        PlanSnapshot plan = revisions.snapshot(planId, number);
        RevisionView previous = all.stream().filter(r -> r.number() < number).findFirst().orElse(null);
        return new Version(plan, shown, previous, previous == null ? null
                : RevisionComparison.between(revisions.snapshot(planId, previous.number()), plan));
    }

    /** Any two versions: {@code from} a revision, {@code to} a later revision or (null) now. */
    public Version compare(long planId, int from, Integer to) {
        if (to != null && to <= from) {
            throw ValidationException.of("to", "must be a later revision than from (" + from + ")");
        }
        RevisionView previous = revisions.get(planId, from);
        PlanSnapshot plan = to == null ? snapshots.now(planId) : revisions.snapshot(planId, to);
        return new Version(plan, to == null ? null : revisions.get(planId, to), previous,
                RevisionComparison.between(revisions.snapshot(planId, from), plan));
    }

    public PlanDocument document(long planId, Integer number) {
        return of(planId, number).document(deadlines.today());
    }
}
