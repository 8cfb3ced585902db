package dk.handleplan.revisions.internal;

import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.TrackedEntity;
import dk.handleplan.revisions.RevisionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A published revision. Everything about the publication, above all the snapshot, is written once
 * ({@code updatable = false}); only the review may change, and only while it awaits sign-off.
 */
@Entity
@Table(name = "rev_revision")
public class Revision extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "rev_revision_seq", sequenceName = "rev_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rev_revision_seq")
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "publish_comment", updatable = false)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RevisionStatus status;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "review_comment")
    private String reviewComment;

    @Lob
    @Column(nullable = false, updatable = false)
    private String snapshot;

    protected Revision() {
    }

    public Revision(long planId, int number, LocalDate publishedOn, String publishedBy, String comment,
            String snapshot) {
        this.planId = planId;
        this.number = number;
        this.publishedOn = publishedOn;
        this.publishedBy = publishedBy;
        this.comment = comment;
        this.snapshot = snapshot;
        this.status = RevisionStatus.PUBLISHED;
    }

    /** Records the aftaleholder's decision; a revision is reviewed once. */
    public void review(RevisionStatus decision, String by, OffsetDateTime at, String reviewComment) {
        if (status != RevisionStatus.PUBLISHED) {
            throw ConflictException.of("Revision already reviewed",
                    "Revision " + number + " has already been reviewed (" + status + ").");
        }
        this.status = decision;
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.reviewComment = reviewComment;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Revision";
    }

    public long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getComment() {
        return comment;
    }

    public RevisionStatus getStatus() {
        return status;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
