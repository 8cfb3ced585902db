package dk.handleplan.access;

import java.time.LocalDate;

/** A supervisor's access to an offer. */
public record SupervisorGrantView(long id, String username, long offerId, LocalDate validUntil, String grantedBy,
        boolean archived, long version) {
}
