package dk.handleplan.app.rest;

import dk.handleplan.app.reminders.MailSettings;
import dk.handleplan.app.reminders.SmtpMailer;
import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.kernel.ConflictException;
import dk.handleplan.reminders.DigestRun;
import dk.handleplan.reminders.DigestService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @Resource(lookup = "java:app/jdbc/handleplan")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "handleplan.data")
    String dataFolder;

    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** A backup written on the server: its file name, the folder it is in and its size. */
    public record BackupView(String file, String folder, long bytes) {
    }

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

    /**
     * An online, consistent copy of the embedded database (H2's BACKUP TO, which copies a snapshot
     * while the app keeps running) into the data folder's backups folder. Named create…: the audit
     * trail records who made which backup.
     */
    @POST
    @Path("backup")
    @Operation(summary = "Back up the embedded H2 database now into the data folder (administrators); answers"
            + " the file. On PostgreSQL use pg_dump instead (see docs/operations.md)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public BackupView createBackup() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
                throw ConflictException.of("Backups are made with pg_dump", "The database is PostgreSQL: back it up"
                        + " with pg_dump -Fc and restore it with pg_restore (see docs/operations.md).");
            }
            java.nio.file.Path folder = Files.createDirectories(java.nio.file.Path.of(dataFolder, "backups"))
                    .toAbsolutePath().normalize();
            String name = "handleplan-" + BACKUP_STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".zip";
            java.nio.file.Path file = folder.resolve(name);
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            return new BackupView(name, folder.toString(), Files.size(file));
        } catch (SQLException e) {
            throw new IllegalStateException("The backup could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup folder could not be written", e);
        }
    }
}
