package dk.handleplan.comments.internal;

import dk.handleplan.comments.CommentTarget;
import dk.handleplan.kernel.TrackedEntity;
import dk.handleplan.kernel.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A remark on a plan or one of its elements, by a signed-in user. Its text never changes once written. */
@Entity
@Table(name = "cmt_comment")
public class PlanComment extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "cmt_comment_seq", sequenceName = "cmt_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cmt_comment_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "element_type", nullable = false, updatable = false)
    private CommentTarget target;

    @Column(name = "element_id", nullable = false, updatable = false)
    private long targetId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "body", nullable = false, updatable = false)
    private String text;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    protected PlanComment() {
    }

    public PlanComment(long planId, long offerId, CommentTarget target, long targetId, String author, String text) {
        this.planId = planId;
        this.offerId = offerId;
        this.target = target;
        this.targetId = targetId;
        this.author = author;
        this.text = text.strip();
    }

    public void resolve(String by, OffsetDateTime at) {
        checkActive();
        if (resolvedAt != null) {
            throw ValidationException.of("resolved", "the comment is already resolved");
        }
        resolvedBy = by;
        resolvedAt = at;
    }

    public void reopen() {
        checkActive();
        resolvedBy = null;
        resolvedAt = null;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Comment";
    }

    public long getPlanId() {
        return planId;
    }

    public long getOfferId() {
        return offerId;
    }

    public CommentTarget getTarget() {
        return target;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }
}
