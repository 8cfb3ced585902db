package dk.handleplan.comments;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.comments.internal.PlanComment;
import dk.handleplan.goals.GoalService;
import dk.handleplan.kernel.AccessDeniedException;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.SectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Comments on plans. Who may comment is decided by the caller of this service (the web layer's
 * access rules); this service keeps each comment attached to an element of the right plan, lets
 * only its author (or an administrator) archive it, and records who resolved it.
 */
@ApplicationScoped
@Transactional
public class CommentService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    PlanService plans;
    @Inject
    SectionService sections;
    @Inject
    GoalService goals;
    @Inject
    ActivityService activities;
    @Inject
    Clock clock;

    /** The plan's comments, newest first; {@code openOnly}: those not yet resolved. */
    public List<CommentView> ofPlan(long planId, boolean openOnly, boolean archived) {
        plans.get(planId);
        return em.createQuery("select c from PlanComment c where c.planId = :plan and c.archived = :archived"
                + (openOnly ? " and c.resolvedAt is null" : "") + " order by c.createdAt desc, c.id desc",
                PlanComment.class).setParameter("plan", planId).setParameter("archived", archived)
                .getResultList().stream().map(CommentService::view).toList();
    }

    public CommentView get(long id) {
        return view(comment(id));
    }

    public CommentView add(long planId, String author, @NotNull @Valid CommentInput input) {
        PlanView plan = plans.get(planId);
        CommentTarget target = input.target() == null ? CommentTarget.PLAN : input.target();
        long targetId = target == CommentTarget.PLAN ? planId : requireTargetIn(planId, target, input.targetId());
        PlanComment comment = new PlanComment(planId, plan.offerId(), target, targetId, author, input.text());
        em.persist(comment);
        em.flush();
        return view(comment);
    }

    public CommentView resolve(long id, String by) {
        PlanComment comment = comment(id);
        comment.resolve(by, OffsetDateTime.now(clock));
        em.flush();
        return view(comment);
    }

    public CommentView reopen(long id) {
        PlanComment comment = comment(id);
        comment.reopen();
        em.flush();
        return view(comment);
    }

    /** Archives a comment: only its author or an administrator may. */
    public CommentView archive(long id, String by, boolean administrator) {
        PlanComment comment = comment(id);
        if (!administrator && !comment.getAuthor().equals(by)) {
            throw new AccessDeniedException("Only the author of a comment or an administrator may archive it.");
        }
        comment.archive();
        em.flush();
        return view(comment);
    }

    private long requireTargetIn(long planId, CommentTarget target, Long targetId) {
        if (targetId == null) {
            throw ValidationException.of("targetId", "is required when the target is " + target);
        }
        long planOfTarget;
        try {
            planOfTarget = switch (target) {
                case SECTION -> sections.ref(targetId).planId();
                case GOAL -> goals.ref(targetId).planId();
                case ACTIVITY -> activities.ref(targetId).planId();
                case PLAN -> planId;
            };
        } catch (NotFoundException e) {
            planOfTarget = -1;
        }
        if (planOfTarget != planId) {
            throw ValidationException.of("targetId", target.name().toLowerCase() + " " + targetId
                    + " does not exist in plan " + planId);
        }
        return targetId;
    }

    private PlanComment comment(long id) {
        return Lookup.require(em, PlanComment.class, id, "Comment");
    }

    private static CommentView view(PlanComment c) {
        return new CommentView(c.getId(), c.getPlanId(), c.getOfferId(), c.getTarget(), c.getTargetId(),
                c.getAuthor(), c.getText(), c.getCreatedAt(), c.getResolvedBy(), c.getResolvedAt(), c.isArchived(),
                c.getVersion());
    }
}
