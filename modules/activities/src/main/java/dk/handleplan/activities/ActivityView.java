package dk.handleplan.activities;

import dk.handleplan.kernel.TimeFrameView;
import java.time.LocalDate;
import java.util.List;

/** An activity with its time frame (resolved and in Danish) and who is responsible. */
public record ActivityView(long id, long goalId, long planId, String description, String documentation,
        TimeFrameView timeFrame, List<ResponsibleView> responsible, String responsibleText,
        ActivityStatus status, String statusLabel, LocalDate completedOn, String cancelReason, int position,
        boolean archived, long version) {
}
