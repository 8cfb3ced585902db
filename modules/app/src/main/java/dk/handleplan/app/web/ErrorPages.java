package dk.handleplan.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** Friendly Danish error pages for people (the API answers problem+json instead). */
@ApplicationScoped
public class ErrorPages {

    @Inject
    Pages pages;

    /** True when the path (relative to the root, no leading slash needed) is a page, not the API. */
    public static boolean isPage(String path) {
        String p = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        // The API and the calendar feeds answer problem+json; static files have no page around them.
        return !p.startsWith("api/") && !p.equals("api") && !p.startsWith("static/") && !p.startsWith("calendar/");
    }

    public String render(int status, String correlationId) {
        String title;
        String text;
        switch (status) {
            case 403 -> {
                title = "Ingen adgang";
                text = "Du har ikke adgang til at gøre dette. Kontakt en administrator, hvis du mener, det er en fejl.";
            }
            case 404 -> {
                title = "Siden findes ikke";
                text = "Siden eller elementet findes ikke, eller du har ikke adgang til det.";
            }
            case 409 -> {
                title = "Ændringen kunne ikke gemmes";
                text = "Elementet er ændret eller arkiveret i mellemtiden. Gå tilbage og genindlæs siden.";
            }
            case 503 -> {
                title = "Handleplan er midlertidigt utilgængelig";
                text = "Databasen kan ikke nås lige nu, så intet er ændret. Prøv igen om et øjeblik.";
            }
            case 400, 422 -> {
                title = "Ugyldige oplysninger";
                text = "Oplysningerne kunne ikke bruges. Gå tilbage og ret dem.";
            }
            default -> {
                title = status >= 500 ? "Der skete en fejl" : "Forespørgslen kunne ikke gennemføres";
                text = status >= 500 ? "Der skete en uventet fejl hos os. Prøv igen om lidt."
                        : "Forespørgslen kunne ikke gennemføres.";
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("text", text);
        model.put("correlationId", correlationId);
        model.put("status", status);
        return pages.page("fejl", title, model);
    }
}
