package dk.handleplan.app.rest;

import java.time.OffsetDateTime;

/**
 * The signed-in user's calendar feed: whether it exists and since when. {@code feedUrl} is set only in
 * the answer that made it (the token is stored hashed, so it cannot be shown again).
 */
public record CalendarFeedView(boolean active, OffsetDateTime createdAt, String feedUrl) {
}
