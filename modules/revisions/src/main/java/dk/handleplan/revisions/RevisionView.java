package dk.handleplan.revisions;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A published revision without its snapshot. */
public record RevisionView(long id, long planId, int number, LocalDate publishedOn, String publishedBy,
        String comment, RevisionStatus status, String statusLabel, String reviewedBy, OffsetDateTime reviewedAt,
        String reviewComment, long version) {
}
