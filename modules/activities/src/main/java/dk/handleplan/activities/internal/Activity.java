package dk.handleplan.activities.internal;

import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.Ordered;
import dk.handleplan.kernel.TimeFrame;
import dk.handleplan.kernel.TimePoint;
import dk.handleplan.kernel.TrackedEntity;
import dk.handleplan.kernel.ValidationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An activity (Hvad): what will be done for a goal, when, by whom, and how it is documented. */
@Entity
@Table(name = "act_activity")
public class Activity extends TrackedEntity implements Ordered {

    @Id
    @SequenceGenerator(name = "act_activity_seq", sequenceName = "act_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "act_activity_seq")
    private Long id;

    @Column(name = "goal_id", nullable = false, updatable = false)
    private long goalId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(length = 4000)
    private String documentation;

    @Column(name = "start_spec")
    private String startSpec;

    @Column(name = "end_spec")
    private String endSpec;

    @Column(name = "start_date")
    private LocalDate startDate;

    /** The last day of the end period: the activity's deadline. Null when none or ongoing. */
    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityStatus status = ActivityStatus.PLANNED;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "cancel_reason", length = 4000)
    private String cancelReason;

    @Column(nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "act_responsible", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<Responsible> responsible = new ArrayList<>();

    protected Activity() {
    }

    public Activity(long goalId, long planId, int position) {
        this.goalId = goalId;
        this.planId = planId;
        this.position = position;
    }

    public void describe(String description, String documentation, TimeFrame timeFrame, List<Responsible> who) {
        this.description = description.strip();
        this.documentation = documentation == null || documentation.isBlank() ? null : documentation.strip();
        this.startSpec = timeFrame.start() == null ? null : timeFrame.start().spec();
        this.endSpec = timeFrame.end() == null ? null : timeFrame.end().spec();
        this.startDate = timeFrame.startDate();
        this.endDate = timeFrame.deadline();
        this.responsible.clear();
        this.responsible.addAll(who);
    }

    /**
     * Sets the status. Completing needs the completion date (not in the future); cancelling needs a
     * reason; the other statuses take neither. No status, date or reason at all leaves it unchanged.
     */
    public void changeStatus(ActivityStatus newStatus, LocalDate completedOn, String cancelReason, LocalDate today) {
        boolean hasReason = cancelReason != null && !cancelReason.isBlank();
        if (newStatus == null && completedOn == null && !hasReason) {
            return; // no status given: the status stays as it is
        }
        ActivityStatus target = newStatus == null ? status : newStatus;
        List<FieldError> errors = new ArrayList<>();
        if (target == ActivityStatus.COMPLETED) {
            if (completedOn == null) {
                errors.add(new FieldError("completedOn", "is required when the activity is completed"));
            } else if (completedOn.isAfter(today)) {
                errors.add(new FieldError("completedOn", "cannot lie in the future"));
            }
        } else if (completedOn != null) {
            errors.add(new FieldError("completedOn", "is only given when the status is COMPLETED"));
        }
        if (target == ActivityStatus.CANCELLED) {
            if (!hasReason) {
                errors.add(new FieldError("cancelReason", "is required when the activity is cancelled"));
            }
        } else if (hasReason) {
            errors.add(new FieldError("cancelReason", "is only given when the status is CANCELLED"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        this.status = target;
        this.completedOn = target == ActivityStatus.COMPLETED ? completedOn : null;
        this.cancelReason = target == ActivityStatus.CANCELLED ? cancelReason.strip() : null;
    }

    public TimeFrame getTimeFrame() {
        return new TimeFrame(startSpec == null ? null : TimePoint.parse(startSpec, "timeFrame.start"),
                endSpec == null ? null : TimePoint.parse(endSpec, "timeFrame.end"));
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Activity";
    }

    public long getGoalId() {
        return goalId;
    }

    public long getPlanId() {
        return planId;
    }

    public String getDescription() {
        return description;
    }

    public String getDocumentation() {
        return documentation;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public List<Responsible> getResponsible() {
        return List.copyOf(responsible);
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public void setPosition(int position) {
        this.position = position;
    }
}
