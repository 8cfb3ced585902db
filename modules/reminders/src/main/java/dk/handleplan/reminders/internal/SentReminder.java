package dk.handleplan.reminders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A reminder of one deadline (kind and id) falling on one date, sent to one person; unique on all
 * four, so a moved deadline is reminded of again.
 */
@Entity
@Table(name = "rem_reminder")
public class SentReminder {

    @Id
    @SequenceGenerator(name = "rem_reminder_seq", sequenceName = "rem_reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rem_reminder_seq")
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "item_kind", nullable = false, updatable = false)
    private String itemKind;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    protected SentReminder() {
    }

    public SentReminder(long personId, String itemKind, long itemId, LocalDate dueDate, OffsetDateTime sentAt) {
        this.personId = personId;
        this.itemKind = itemKind;
        this.itemId = itemId;
        this.dueDate = dueDate;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getItemKind() {
        return itemKind;
    }

    public long getItemId() {
        return itemId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
