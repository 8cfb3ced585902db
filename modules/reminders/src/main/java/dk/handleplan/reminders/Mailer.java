package dk.handleplan.reminders;

/** Sends e-mail; the application implements it over SMTP (Jakarta Mail). */
public interface Mailer {

    /** @throws MailFailedException when the message could not be handed to the mail server */
    void send(MailMessage message);
}
