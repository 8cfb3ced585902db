package dk.handleplan.themes;

import java.time.OffsetDateTime;
import java.time.LocalDate;

/** A plan's header: what it answers and where it stands. */
public record PlanView(long id, long offerId, String title, String authority, LocalDate visitDate,
        LocalDate reportDate, PlanStatus status, String statusLabel, long catalogueId, boolean archived,
        long version, OffsetDateTime updatedAt) {
}
