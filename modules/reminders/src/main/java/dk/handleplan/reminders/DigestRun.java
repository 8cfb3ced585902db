package dk.handleplan.reminders;

/**
 * What one run sent: digests and reminders. {@code error} is set when the mail server failed; what
 * was not sent is tried again at the next run.
 */
public record DigestRun(String isoWeek, int digests, int reminders, String error) {
}
