package dk.handleplan.app.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The application's JAX-RS root: the JSON API, version 1, under {@code /api/v1} (the resources in
 * this package), and the Danish web pages (package {@code web}) at the root. One application, so
 * that pages and API share the access rules ({@code GuardFilter}) and the audit trail.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Handleplan API", version = "1",
        description = "Quality action plans of social offers: offers, people, plans, sections, goals, activities,"
                + " milestones, progress notes and deadlines. Errors are RFC 9457 problem+json."))
public class RestApplication extends Application {
}
