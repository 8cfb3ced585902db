package dk.handleplan.coercion;

import java.time.LocalDateTime;

/** One run of the retention rule: cases that happened before {@code olderThan} were reduced. */
public record RetentionRun(LocalDateTime olderThan, int casesReduced) {
}
