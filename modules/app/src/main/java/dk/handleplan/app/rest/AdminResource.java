package dk.handleplan.app.rest;

import dk.handleplan.app.reminders.MailSettings;
import dk.handleplan.app.reminders.SmtpMailer;
import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.kernel.ConflictException;
import dk.handleplan.reminders.DigestRun;
import dk.handleplan.reminders.DigestService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operations for administrators. */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminResource {

    @Inject
    MailSettings mail;

    @Inject
    SmtpMailer mailer;

    @Inject
    DigestService digests;

    /** Named create…: the audit trail records the run as a new element, with its counts. */
    @POST
    @Path("digest")
    @Operation(summary = "Send this week's e-mail digest now, and the reminders due, to those who have not had"
            + " them (administrators); answers how many were sent")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public DigestRun createDigestRun() {
        if (!mail.enabled()) {
            throw ConflictException.of("E-mail is off", "Set handleplan.mail.smtp.host to send e-mail.");
        }
        return digests.run(mail.reminders(), mailer, true);
    }
}
