package dk.handleplan.reminders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The secret address of one account's calendar feed, kept as the SHA-256 hash of its token. */
@Entity
@Table(name = "rem_feed_token")
public class FeedTokenEntry {

    @Id
    @SequenceGenerator(name = "rem_feed_token_seq", sequenceName = "rem_feed_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rem_feed_token_seq")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected FeedTokenEntry() {
    }

    public FeedTokenEntry(long userId) {
        this.userId = userId;
    }

    /** A new token replaces the old one, which stops working at once. */
    public void replace(String newTokenHash, OffsetDateTime now) {
        this.tokenHash = newTokenHash;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
