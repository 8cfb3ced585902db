package dk.handleplan.activities;

import dk.handleplan.kernel.TimeFrameView;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An activity with its time frame (resolved and in Danish) and who is responsible. {@code updatedAt} is
 * when it last changed (calendar feeds show it).
 */
public record ActivityView(long id, long goalId, long planId, String description, String documentation,
        TimeFrameView timeFrame, List<ResponsibleView> responsible, String responsibleText,
        ActivityStatus status, String statusLabel, LocalDate completedOn, String cancelReason, int position,
        boolean archived, long version, OffsetDateTime updatedAt) {
}
