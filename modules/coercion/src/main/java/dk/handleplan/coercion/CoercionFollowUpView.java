package dk.handleplan.coercion;

import dk.handleplan.kernel.KeptOutOfAudit;
import java.time.LocalDate;

/** A follow-up step; text, learning and who are null once the case was reduced by the retention rule. */
public record CoercionFollowUpView(long id, long caseId, long offerId, FollowUpKind kind, String kindName,
        LocalDate date, @KeptOutOfAudit String text,
        @KeptOutOfAudit String learning, @KeptOutOfAudit String who, Long activityId, boolean archived, long version) {
}
