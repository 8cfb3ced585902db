package dk.handleplan.app.rest;

import dk.handleplan.themes.CatalogueView;
import dk.handleplan.themes.ThemeCatalogueService;
import dk.handleplan.app.security.Guard;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("api/v1/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes", description = "The quality model's themes (versioned reference data)")
public class ThemesResource {

    @Inject
    ThemeCatalogueService catalogues;

    @GET
    @Operation(summary = "The theme catalogue in force today; new plans use it")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public CatalogueView current() {
        return catalogues.current();
    }

    @GET
    @Path("catalogues")
    @Operation(summary = "Every version of the theme catalogue")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public List<CatalogueView> catalogues() {
        return catalogues.catalogues();
    }
}
