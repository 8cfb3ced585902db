package dk.handleplan.app.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API, version 1. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Handleplan API", version = "1",
        description = "Quality action plans of social offers: offers, people, plans, sections, goals, activities,"
                + " milestones, progress notes and deadlines. Errors are RFC 9457 problem+json."))
public class RestApplication extends Application {
}
