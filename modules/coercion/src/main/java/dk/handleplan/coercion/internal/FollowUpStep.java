package dk.handleplan.coercion.internal;

import dk.handleplan.coercion.CoercionFollowUpInput;
import dk.handleplan.coercion.FollowUpKind;
import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One step of a case's follow-up; its texts go when the case is reduced, its kind and date stay. */
@Entity
@Table(name = "coe_follow_up")
public class FollowUpStep extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "coe_follow_up_seq", sequenceName = "coe_follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coe_follow_up_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpKind kind;

    @Column(name = "step_date", nullable = false)
    private LocalDate date;

    @Column
    private String text;

    @Column
    private String learning;

    @Column
    private String who;

    @Column(name = "activity_id")
    private Long activityId;

    protected FollowUpStep() {
    }

    public FollowUpStep(long caseId, long offerId) {
        this.caseId = caseId;
        this.offerId = offerId;
    }

    public void record(CoercionFollowUpInput in) {
        kind = in.kind();
        date = in.date();
        text = in.text().strip();
        learning = in.learning() == null || in.learning().isBlank() ? null : in.learning().strip();
        who = in.who().strip();
        activityId = in.activityId();
    }

    /** The retention rule: the free texts go. */
    public void reduce() {
        text = null;
        learning = null;
        who = null;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Coercion follow-up";
    }

    public long getCaseId() {
        return caseId;
    }

    public long getOfferId() {
        return offerId;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getText() {
        return text;
    }

    public String getLearning() {
        return learning;
    }

    public String getWho() {
        return who;
    }

    public Long getActivityId() {
        return activityId;
    }
}
