package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Revisions, exports and the Word import in a real headless Chromium: the leader publishes a revision,
 * the plan changes, the page shows what is new in green, the comparison lists it, the visit pack and the
 * PDF download; the aftaleholder sends back without a comment (refused, next to the field) and signs off;
 * the leader imports the exported Word file as a new plan. Screenshots go to target/screenshots.
 */
@ArquillianOnPayaraMicro
class BrowserRevisionsIT {


    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    private HeadlessChromium chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @AfterEach
    void close() {
        contexts.forEach(BrowserContext::close);
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aRevisionIsPublishedComparedSignedOffExportedAndImportedAgain() throws IOException {
        String app = base.toString().replaceAll("/+$", "");
        Api admin = new Api(URI.create(app + "/"));
        JsonObject plan = admin.get("plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").contains("Lærkereden")).findFirst().orElseThrow();
        long planId = plan.getJsonNumber("id").longValue();
        chromium = HeadlessChromium.launch();
        List<String> violations = new ArrayList<>();

        Page leader = signedIn(app, "afdelingsleder");
        leader.navigate(app + "/planer/" + planId);
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Revisioner, ændringer og eksport til Socialtilsynet")).click();
        leader.getByLabel("Kommentar (valgfri)").fill("Opdateret efter personalemødet");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Udgiv revision")).click();
        String published = leader.getByRole(AriaRole.STATUS).textContent();
        assertTrue(published.matches("Revision \\d+ er udgivet\\."), published);
        int number = Integer.parseInt(published.replaceAll("\\D", ""));

        // The plan changes after the revision: a goal is reworded.
        JsonObject goal = admin.get("plans/" + planId).json().getJsonArray("sections").getJsonObject(0)
                .getJsonArray("goals").getJsonObject(0);
        long goalId = goal.getJsonNumber("id").longValue();
        assertEquals(200, admin.put("goals/" + goalId, Api.obj("text", "Alle kan forklare og bruge metoderne",
                "expectedEffect", goal.getString("expectedEffect", null), "version",
                goal.getJsonNumber("version").longValue())).status());

        leader.navigate(app + "/planer/" + planId + "/revisioner");
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vis planen som til Socialtilsynet")).click();
        assertTrue(leader.locator(".forklaring").textContent().contains("Tekst i grønt er tilføjet siden 10. marts 2025"));
        assertEquals("tilfoejet", leader.getByText("Alle kan forklare og bruge metoderne").getAttribute("class"));
        scan(leader, violations);
        BrowserChecks.screenshot(leader, "revision-nu");

        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                Pattern.compile("Se listen over ændringer siden revision " + number))).click();
        leader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ændret (1)")).waitFor();
        assertEquals("Alle kan forklare og bruge metoderne", leader.locator("ins").first().textContent());
        scan(leader, violations);

        leader.navigate(app + "/planer/" + planId + "/revisioner");
        Download zip = leader.waitForDownload(() -> leader.locator("section[aria-labelledby=eksport-nu] .eksport").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                        .setName("Tilsynspakke (ZIP)")).click());
        assertTrue(zip.suggestedFilename().matches("handleplan-bostedet-laerkereden-\\d{4}-\\d{2}-\\d{2}\\.zip"),
                zip.suggestedFilename());
        assertTrue(Files.size(zip.path()) > 10_000, "the visit pack holds the files");
        Download word = leader.waitForDownload(() -> leader.locator("#revision-" + number + " .eksport")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Word")).click());
        assertEquals("handleplan-bostedet-laerkereden-revision-" + number + ".docx", word.suggestedFilename());

        Page aftaleholder = signedIn(app, "aftaleholder");
        aftaleholder.navigate(app + "/planer/" + planId + "/revisioner");
        var card = aftaleholder.locator("#revision-" + number);
        card.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Send tilbage")).click();
        assertEquals("Skriv hvorfor revisionen sendes tilbage.",
                aftaleholder.locator("#v-kommentar-fejl-" + number).textContent().strip());
        scan(aftaleholder, violations);
        aftaleholder.locator("#revision-" + number).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Godkend")).click();
        assertTrue(aftaleholder.locator("#revision-" + number).textContent().contains("Godkendt"));

        // The Word file of the revision comes back as a new plan, once confirmed.
        leader.navigate(app + "/planer");
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indlæs en plan fra Word")).click();
        leader.getByLabel("Word-fil (.docx)").setInputFiles(word.path());
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis planen")).click();
        leader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gennemse den indlæste plan")).waitFor();
        scan(leader, violations);
        BrowserChecks.screenshot(leader, "import-kladde");
        leader.getByLabel("Planens titel").fill("Handleplan fra Word");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem planen")).click();
        leader.waitForURL(Pattern.compile(".*/planer/\\d+$"));
        assertEquals("Handleplan fra Word", leader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                .textContent().strip());
        assertTrue(leader.getByText("Alle kan forklare og bruge metoderne").count() == 0,
                "the revision's Word file is as the revision was, before the change");

        assertEquals(List.of(), violations, "axe-core findings");
    }

    private Page signedIn(String app, String username) {
        return BrowserChecks.signedIn(chromium, contexts, app, username, 30_000);
    }

    private static void scan(Page page, List<String> found) {
        BrowserChecks.scan(page, found);
    }
}
