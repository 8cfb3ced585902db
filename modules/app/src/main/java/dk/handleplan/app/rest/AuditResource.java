package dk.handleplan.app.rest;

import dk.handleplan.app.security.Guard;
import dk.handleplan.audit.AuditEntry;
import dk.handleplan.audit.AuditService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading the audit trail. Nobody can change it: there are no writing endpoints. */
@Path("api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what and when")
public class AuditResource {

    @Inject
    AuditService audit;


    @GET
    @Operation(summary = "What one user did, and their sign-ins (administrators)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public List<AuditEntry> ofUser(@QueryParam("username") String username) {
        return audit.ofUser(username == null ? "" : username);
    }
}
