package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real headless Chromium, as the department leader and the aftaleholder use them:
 * keeping the plan up to date with htmx, validation errors next to the field, a conflicting edit
 * from two browsers, the drill-down from the overview, and an axe-core accessibility scan of the main
 * pages. Screenshots of the main pages go to target/screenshots (copied to docs/screenshots for the
 * user guide). The server's clock is fixed at 2025-03-10.
 */
@ArquillianOnPayaraMicro
class BrowserPagesIT {

    private static final String DEMO = "demo-handleplan";
    private static HeadlessChromium chromium;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @BeforeAll
    static void startChromium() {
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @ArquillianResource
    URL base;

    String app;
    final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeEach
    void origin() {
        app = base.toString().replaceAll("/+$", "");
    }

    @AfterEach
    void closeBrowsers() {
        contexts.forEach(BrowserContext::close);
    }

    @Test
    void theLeaderAddsAnActivityWithAPeriodSeesAnErrorAndCompletesIt() {
        long goal = newGoal("Færre magtanvendelser", null);
        Page page = signedIn("afdelingsleder");
        openDemoPlan(page);
        screenshot(page, "plan");
        String goalId = "maal-" + goal;
        Locator firstGoal = page.locator("#" + goalId);

        firstGoal.getByText("Tilføj aktivitet").click();
        Locator form = page.locator("form.skema");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem aktivitet")).click();
        Locator error = page.locator("#a-beskrivelse-fejl");
        error.waitFor();
        assertEquals("Skal udfyldes.", error.textContent().strip(), "the error stands next to the field");
        assertEquals("a-beskrivelse-fejl", page.locator("#a-beskrivelse").getAttribute("aria-describedby").strip());

        page.getByLabel("Hvad (aktivitet)").fill("Kursus i low arousal for nye medarbejdere");
        page.getByLabel("Igangsættes").fill("august 2024");
        page.getByLabel("Forventes afsluttet").fill("foråret 2025");
        page.getByLabel("Afdelingsleder", new Page.GetByLabelOptions().setExact(true)).check();
        screenshot(page, "rediger-aktivitet");
        page.locator("form.skema").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem aktivitet"))
                .click();
        Locator row = page.locator("#" + goalId);
        Locator added = row.locator("li", new Locator.LocatorOptions().setHasText("Kursus i low arousal"));
        added.first().waitFor();
        assertTrue(row.textContent().contains("Igangsættes august 2024, forventes afsluttet foråret 2025"),
                row.textContent());

        added.first().locator("details.menu > summary").click(); // the activity's menu
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Marker som gennemført: Kursus i low arousal for nye medarbejdere")).click();
        page.getByLabel("Gennemført den").fill("2025-03-07");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Marker som gennemført")).click();
        Locator struck = page.locator("#" + goalId + " s", new Page.LocatorOptions().setHasText("Kursus i low arousal"));
        struck.first().waitFor();
        assertTrue(page.locator("#" + goalId).textContent().contains("Gennemført 7. marts 2025"));
        assertEquals("line-through", struck.first().evaluate("e => getComputedStyle(e).textDecorationLine"));
    }

    @Test
    void aConflictingEditFromAnotherBrowserIsShownNotOverwritten() {
        long goal = newGoal("Bedre overlevering mellem vagter", "Overleveringsmøde ved hvert vagtskifte");
        String activity = "aktivitet-" + new Api(java.net.URI.create(app + "/")).get("goals/" + goal + "/activities")
                .array().getJsonObject(0).getJsonNumber("id").longValue();
        Page first = signedIn("afdelingsleder");
        Page second = signedIn("afdelingsleder");
        openDemoPlan(first);
        openDemoPlan(second);

        for (Page page : List.of(first, second)) {
            page.locator("#" + activity + " details.menu > summary").click();
            page.locator("#" + activity).getByText("Rediger").click();
        }
        second.getByLabel("Hvad (aktivitet)").fill("Ændret i den anden browser");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem aktivitet")).click();
        second.locator("#" + activity, new Page.LocatorOptions().setHasText("Ændret i den anden browser")).waitFor();

        first.getByLabel("Hvad (aktivitet)").fill("Ændret i den første browser");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem aktivitet")).click();
        Locator conflict = first.locator(".konflikt");
        conflict.waitFor();
        assertTrue(conflict.textContent().contains("Ændret i den anden browser"), conflict.textContent());
        assertEquals("Ændret i den første browser", first.getByLabel("Hvad (aktivitet)").inputValue(),
                "the user's own text is kept in the form");
        screenshot(first, "konflikt");

        first.getByText("indlæs det gemte").click();
        first.locator(".konflikt").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertEquals("Ændret i den anden browser", first.getByLabel("Hvad (aktivitet)").inputValue());
    }

    @Test
    void theAftaleholderDrillsDownFromTheOverviewToThePlan() {
        Page page = signedIn("aftaleholder");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oversigt")).click();
        page.waitForURL("**/oversigt");
        assertTrue(page.locator("main").textContent().contains("Bostedet Lærkereden"));
        screenshot(page, "oversigt");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("Handleplan for Bostedet Lærkereden.*"))).first().click();
        page.waitForURL(Pattern.compile(".*/planer/\\d+$"));
        assertTrue(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent()
                .startsWith("Handleplan for Bostedet Lærkereden"));
        assertEquals(0, page.getByText("Tilføj aktivitet").count(), "the aftaleholder reads, does not edit");
    }

    @Test
    void theMainPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        Page page = signedIn("afdelingsleder");
        List<String> found = new ArrayList<>();
        scan(page, app + "/start", "start", found);
        scan(page, app + "/planer", null, found);
        openDemoPlan(page);
        scan(page, page.url(), null, found);
        page.locator("tbody.maal").first().getByText("Tilføj aktivitet").click();
        page.locator("form.skema").waitFor();
        scan(page, null, null, found);
        scan(page, app + "/konto", null, found);
        scan(page, app + "/noegletal", null, found);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hus Ahorn")).click();
        page.waitForURL("**/noegletal/afdeling/*");
        scan(page, null, "noegletal", found);
        scan(page, app + "/planer/" + page.url().replaceAll(".*/planer/(\\d+).*", "$1") + "?visning=liste", null, found);
        Page holder = signedIn("aftaleholder");
        scan(holder, app + "/oversigt", null, found);
        Page anonymous = chromiumContext().newPage();
        scan(anonymous, app + "/login", "login", found);
        assertEquals(List.of(), found);
    }

    /** A goal of its own in the demo plan (and an activity, if named), so other tests' demo data stays as it is. */
    private long newGoal(String text, String activity) {
        Api admin = new Api(java.net.URI.create(app + "/"));
        long plan = admin.get("plans").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(p -> p.getString("title").startsWith("Handleplan for Bostedet Lærkereden")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        long section = admin.get("plans/" + plan).json().getJsonArray("sections").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long goal = PlanFixture.created(admin.post("sections/" + section + "/goals", Api.obj("text", text)));
        if (activity != null) {
            PlanFixture.created(admin.post("goals/" + goal + "/activities", Api.obj("description", activity,
                    "responsible", Api.arr(Api.obj("role", "AFDELINGSLEDER")))));
        }
        return goal;
    }

    private void scan(Page page, String url, String screenshot, List<String> found) {
        if (url != null) {
            page.navigate(url);
        }
        if (screenshot != null) {
            screenshot(page, screenshot);
        }
        for (Rule violation : new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                found.add(page.url() + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                        + violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
            }
        }
    }

    private Page signedIn(String username) {
        Page page = chromiumContext().newPage();
        page.navigate(app + "/login");
        page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(DEMO);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        page.waitForURL("**/start");
        return page;
    }

    private BrowserContext chromiumContext() {
        BrowserContext context = chromium.newContext();
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        return context;
    }

    private static void openDemoPlan(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planer").setExact(true)).click();
        page.waitForURL("**/planer");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("Handleplan for Bostedet Lærkereden.*"))).first().click();
        page.waitForURL(Pattern.compile(".*/planer/\\d+$"));
        page.waitForLoadState();
        page.waitForFunction("() => window.htmx !== undefined");
    }

    private static void screenshot(Page page, String name) {
        String folder = System.getProperty("it.screenshots");
        if (folder != null) {
            page.setViewportSize(1280, 900);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name + ".png")).setFullPage(true));
        }
    }
}
