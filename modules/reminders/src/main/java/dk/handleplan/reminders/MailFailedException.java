package dk.handleplan.reminders;

/** The mail server could not be reached or refused a message; the run stops and is retried later. */
public class MailFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
