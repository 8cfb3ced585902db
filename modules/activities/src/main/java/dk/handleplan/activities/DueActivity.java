package dk.handleplan.activities;

import java.time.LocalDate;

/** An open activity that may be due: enough to rank the next deadlines before reading them in full. */
public record DueActivity(long id, long goalId, long planId, LocalDate endDate, ActivityStatus status) {
}
