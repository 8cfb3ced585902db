package dk.handleplan.deadlines.internal;

import dk.handleplan.kernel.TrackedEntity;
import dk.handleplan.kernel.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/** A dated event of an activity: a training session on 4 December 13:00-15:00, a course date. */
@Entity
@Table(name = "ddl_milestone")
public class Milestone extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "ddl_milestone_seq", sequenceName = "ddl_milestone_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ddl_milestone_seq")
    private Long id;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false)
    private String title;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    protected Milestone() {
    }

    public Milestone(long activityId, long planId) {
        this.activityId = activityId;
        this.planId = planId;
    }

    /** An end time needs a start time, and may not come before it. */
    public void schedule(String title, LocalDate date, LocalTime startTime, LocalTime endTime) {
        if (endTime != null && startTime == null) {
            throw ValidationException.of("startTime", "is required when an end time is given");
        }
        if (endTime != null && endTime.isBefore(startTime)) {
            throw ValidationException.of("endTime", "cannot come before the start time");
        }
        this.title = title.strip();
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Milestone";
    }

    public long getActivityId() {
        return activityId;
    }

    public long getPlanId() {
        return planId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }
}
