package dk.handleplan.comments;

import java.time.OffsetDateTime;

/** A comment as the API shows it; {@code resolvedBy} and {@code resolvedAt} are set once it was dealt with. */
public record CommentView(long id, long planId, long offerId, CommentTarget target, long targetId, String author,
        String text, OffsetDateTime createdAt, String resolvedBy, OffsetDateTime resolvedAt, boolean archived,
        long version) {
}
