package dk.handleplan.activities.internal;

import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated progress note on an activity ("I efteråret 2024 blev de ledige stillinger besat"). */
@Entity
@Table(name = "act_note")
public class ProgressNote extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "act_note_seq", sequenceName = "act_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "act_note_seq")
    private Long id;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private long activityId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "note_date", nullable = false)
    private LocalDate noteDate;

    @Column(nullable = false, length = 4000)
    private String text;

    private String author;

    protected ProgressNote() {
    }

    public ProgressNote(long activityId, long planId) {
        this.activityId = activityId;
        this.planId = planId;
    }

    public void write(LocalDate noteDate, String text, String author) {
        this.noteDate = noteDate;
        this.text = text.strip();
        this.author = author == null || author.isBlank() ? null : author.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Note";
    }

    public long getActivityId() {
        return activityId;
    }

    public long getPlanId() {
        return planId;
    }

    public LocalDate getNoteDate() {
        return noteDate;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }
}
