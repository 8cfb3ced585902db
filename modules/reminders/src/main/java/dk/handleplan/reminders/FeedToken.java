package dk.handleplan.reminders;

import java.time.OffsetDateTime;

/**
 * A user's calendar feed: whether it exists, since when, and (only in the answer that created it)
 * the secret token; the token itself is not stored, only its hash.
 */
public record FeedToken(boolean active, OffsetDateTime createdAt, String token) {
}
