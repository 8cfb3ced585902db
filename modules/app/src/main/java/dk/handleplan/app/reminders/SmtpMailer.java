package dk.handleplan.app.reminders;

import dk.handleplan.reminders.MailFailedException;
import dk.handleplan.reminders.MailMessage;
import dk.handleplan.reminders.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends e-mail through the configured SMTP server with Jakarta Mail (Payara Micro brings Eclipse
 * Angus Mail): multipart/alternative with a plain-text and an HTML part, both UTF-8.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    private static final String TIMEOUT_MS = "20000";

    @Inject
    MailSettings settings;

    @Override
    public void send(MailMessage message) {
        String host = settings.host().orElseThrow(() -> new IllegalStateException("E-mail is off"));
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        properties.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        if (settings.starttls()) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        boolean auth = settings.username().isPresent();
        properties.setProperty("mail.smtp.auth", Boolean.toString(auth));
        try {
            MimeMessage mime = new MimeMessage(Session.getInstance(properties));
            mime.setFrom(new InternetAddress(settings.from(), true));
            mime.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(message.to(), message.toName(), StandardCharsets.UTF_8.name()));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            mime.setContent(alternative);
            if (auth) {
                Transport.send(mime, settings.username().get(), settings.password());
            } else {
                Transport.send(mime);
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailFailedException("The mail server " + host + ":" + settings.port() + " did not accept the"
                    + " e-mail: " + e.getMessage(), e);
        }
    }
}
