package dk.handleplan.reminders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A person's weekly digest of one ISO week; unique per person and week. {@code items} 0: none was due. */
@Entity
@Table(name = "rem_digest")
public class SentDigest {

    @Id
    @SequenceGenerator(name = "rem_digest_seq", sequenceName = "rem_digest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rem_digest_seq")
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "iso_week", nullable = false, updatable = false)
    private String isoWeek;

    @Column(nullable = false, updatable = false)
    private int items;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private OffsetDateTime sentAt;

    protected SentDigest() {
    }

    public SentDigest(long personId, String isoWeek, int items, OffsetDateTime sentAt) {
        this.personId = personId;
        this.isoWeek = isoWeek;
        this.items = items;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getIsoWeek() {
        return isoWeek;
    }

    public int getItems() {
        return items;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
