package dk.handleplan.reminders;

/** An e-mail to one person: plain text and the same as simple HTML (user text already escaped). */
public record MailMessage(String to, String toName, String subject, String text, String html) {
}
