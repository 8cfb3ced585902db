package dk.handleplan.revisions;

import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.revisions.internal.Revision;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Publishing, reading and reviewing the revisions of a plan. Who may publish (the plan's editors) and who
 * may review (the offer's aftaleholder) is the web layer's rule; this service keeps the numbering gapless,
 * the snapshot frozen, and each revision reviewed at most once.
 */
@ApplicationScoped
@Transactional
public class RevisionService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    PlanService plans;
    @Inject
    Clock clock;

    /** The plan's revisions, newest first. */
    public List<RevisionView> ofPlan(long planId) {
        plans.get(planId);
        return em.createQuery("select r from Revision r where r.planId = :plan order by r.number desc", Revision.class)
                .setParameter("plan", planId).getResultList().stream().map(RevisionService::view).toList();
    }

    public RevisionView get(long planId, int number) {
        return view(revision(planId, number));
    }

    public RevisionView byId(long id) {
        return view(Lookup.require(em, Revision.class, id, "Revision"));
    }

    /** The plan exactly as it was published in this revision. */
    public PlanSnapshot snapshot(long planId, int number) {
        return JSON.fromJson(revision(planId, number).getSnapshot(), PlanSnapshot.class);
    }

    /**
     * Freezes {@code snapshot} (the plan as it is now, built by the caller) as the plan's next revision,
     * dated today. Of two concurrent publications of one plan, the unique (plan, number) key lets one
     * win; the other is refused as a conflict, so numbers stay gapless and unique.
     */
    public RevisionView publish(long planId, @NotNull PlanSnapshot snapshot, String by,
            @NotNull @Valid PublishInput input) {
        PlanView plan = plans.get(planId);
        if (plan.archived()) {
            throw ConflictException.archived("Plan", planId);
        }
        if (snapshot.planId() != planId) {
            throw new IllegalArgumentException("snapshot of plan " + snapshot.planId() + " given for plan " + planId);
        }
        Integer last = em.createQuery("select max(r.number) from Revision r where r.planId = :plan", Integer.class)
                .setParameter("plan", planId).getSingleResult();
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        Revision revision = new Revision(planId, last == null ? 1 : last + 1, LocalDate.now(clock), by, comment,
                JSON.toJson(snapshot));
        em.persist(revision);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw ConflictException.concurrentChange("Another revision of plan " + planId
                    + " was published at the same time; reload and publish again.");
        }
        return view(revision);
    }

    /** The aftaleholder signs the revision off, or sends it back with a comment. */
    public RevisionView review(long planId, int number, String by, @NotNull @Valid ReviewInput input) {
        Revision revision = revision(planId, number);
        revision.checkVersion(input.version());
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        if (input.decision() == ReviewInput.Decision.SEND_BACK && comment == null) {
            throw ValidationException.of("comment", "is required when sending a revision back");
        }
        revision.review(input.decision() == ReviewInput.Decision.SIGN_OFF ? RevisionStatus.SIGNED_OFF
                : RevisionStatus.RETURNED, by, OffsetDateTime.now(clock), comment);
        em.flush();
        return view(revision);
    }

    private Revision revision(long planId, int number) {
        plans.get(planId);
        return em.createQuery("select r from Revision r where r.planId = :plan and r.number = :number", Revision.class)
                .setParameter("plan", planId).setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Revision", planId + "/" + number));
    }

    private static RevisionView view(Revision r) {
        return new RevisionView(r.getId(), r.getPlanId(), r.getNumber(), r.getPublishedOn(), r.getPublishedBy(),
                r.getComment(), r.getStatus(), r.getStatus().danish(), r.getReviewedBy(), r.getReviewedAt(),
                r.getReviewComment(), r.getVersion());
    }
}
