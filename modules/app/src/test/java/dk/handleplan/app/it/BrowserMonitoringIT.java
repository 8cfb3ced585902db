package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
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
 * The monitoring pages in a real headless Chromium: the leader enters a quarter's figures with last
 * quarter's shown, sees the key figures and the trend chart; the aftaleholder compares the
 * departments and drills down. Screenshots go to target/screenshots (copied to docs/screenshots).
 */
@ArquillianOnPayaraMicro
class BrowserMonitoringIT {


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
    void theLeaderEntersAQuarterAndTheAftaleholderComparesAndDrillsDown() {
        String app = base.toString().replaceAll("/+$", "");
        Api admin = new Api(URI.create(app + "/"));
        long offer = admin.get("offers").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Bostedet Lærkereden")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long department = PlanFixture.created(admin.post("offers/" + offer + "/departments",
                Api.obj("name", "Hus Kastanje")));
        PlanFixture.created(admin.post("departments/" + department + "/staff-figures", Api.obj("quarter", "2024-Q3",
                "headcountStart", 14, "headcountEnd", 15, "hires", 1, "resigned", 1, "sickDays", 31,
                "plannedHours", 5200, "internalTempHours", 240.5, "externalTempHours", 60)));
        chromium = HeadlessChromium.launch();
        List<String> violations = new ArrayList<>();

        Page leader = signedIn(app, "afdelingsleder");
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nøgletal").setExact(true)).click();
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hus Kastanje")).click();
        leader.waitForURL("**/noegletal/afdeling/" + department);
        assertEquals("2024-Q4", leader.getByLabel("Kvartal", new Page.GetByLabelOptions().setExact(true)).inputValue(),
                "the next quarter is proposed");
        assertEquals("Sidste kvartal: 14", leader.locator("#n-headcountStart-hjaelp").textContent().strip());
        assertEquals("Sidste kvartal: 240,5", leader.locator("#n-internalTempHours-hjaelp").textContent().strip());
        leader.getByLabel("Ansatte ved kvartalets start").fill("15");
        leader.getByLabel("Ansatte ved kvartalets slut").fill("14");
        leader.getByLabel("Fratrådt: sagt op").fill("2");
        leader.getByLabel("Nyansatte").fill("1");
        leader.getByLabel("Sygedage (kalenderdage)").fill("44");
        leader.getByLabel("Barselsdage (kalenderdage)").fill("12");
        leader.getByLabel("Planlagte arbejdstimer (fastansatte)").fill("5.150");
        leader.getByLabel("Vikartimer, interne").fill("310,5");
        leader.getByLabel("Vikartimer, eksterne (vikarbureau)").fill("95");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem kvartalets tal")).click();
        leader.waitForURL("**/noegletal/afdeling/" + department + "?kvartal=2024-Q4");
        Locator keyFigures = leader.locator("table.noegletal");
        // 2 leavers / average staff (15 + 14) / 2 = 14.5 -> 13.8 %
        assertTrue(keyFigures.textContent().contains("13,8 %"), keyFigures.textContent());
        Locator chart = leader.locator("#graf-personalegennemstroemning img");
        chart.scrollIntoViewIfNeeded();
        // Polled from here: Playwright's own polling of a predicate evaluates a string, which the page's CSP refuses.
        for (int i = 0; i < 100 && !Boolean.TRUE.equals(chart.evaluate("img => img.complete && img.naturalWidth > 0"));
                i++) {
            leader.waitForTimeout(100);
        }
        assertEquals(Boolean.TRUE, chart.evaluate("img => img.complete && img.naturalWidth > 0"), "the chart loads");
        assertTrue(chart.getAttribute("alt").startsWith("Graf: Personalegennemstrømning, Hus Kastanje"));
        Locator table = leader.locator("#graf-personalegennemstroemning table");
        assertTrue(table.locator("caption").textContent().contains("Personalegennemstrømning, Hus Kastanje"));
        assertEquals("13,8 %", table.locator("tr", new Locator.LocatorOptions().setHasText("2024-Q4")).locator("td")
                .first().textContent().strip());
        BrowserChecks.screenshot(leader.locator("#graf-personalegennemstroemning"), "noegletal-graf");
        scan(leader, violations);

        // The leader sets a target for the new department on the offer's "Mål og benchmark" page.
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mål og benchmark for tilbuddet")).click();
        leader.getByLabel("Nøgletal", new Page.GetByLabelOptions().setExact(true)).first().selectOption("TURNOVER");
        leader.getByLabel("Gælder").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Hus Kastanje"));
        leader.getByLabel("Højst denne værdi").fill("12");
        leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem målet")).click();
        leader.waitForURL("**/noegletal/maal/tilbud/" + offer + "#maal");
        assertTrue(leader.locator("#maal table").textContent().contains("Hus Kastanje"));
        scan(leader, violations);
        BrowserChecks.screenshot(leader, "noegletal-maal");
        leader.navigate(app + "/noegletal/afdeling/" + department + "?kvartal=2024-Q4");
        Locator status = leader.locator("section.maalstatus");
        // 13.8 % in the rolling year (two quarters) against at most 12 %: worse by more than 10 %.
        assertTrue(status.textContent().contains("Dårligere end målet"), status.textContent());
        BrowserChecks.screenshot(status, "noegletal-status");

        Page holder = signedIn(app, "aftaleholder");
        holder.navigate(app + "/noegletal");
        holder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sammenlign alle afdelinger")).click();
        holder.waitForURL("**/noegletal/sammenligning");
        holder.getByLabel("Kvartal", new Page.GetByLabelOptions().setExact(true)).fill("2024-Q4");
        holder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis")).click();
        holder.waitForURL("**/noegletal/sammenligning?kvartal=2024-Q4");
        Locator row = holder.locator("tr", new Page.LocatorOptions().setHas(holder.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Hus Kastanje"))));
        assertTrue(row.textContent().contains("13,8 %"), row.textContent());
        assertTrue(holder.locator("tfoot").first().textContent().contains("I alt Bostedet Lærkereden"));
        BrowserChecks.screenshot(holder, "sammenligning");
        scan(holder, violations);
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hus Kastanje")).click();
        holder.waitForURL(Pattern.compile(".*/noegletal/afdeling/" + department + "\\?kvartal=2024-Q4$"));
        assertEquals("Nøgletal: Hus Kastanje", holder.locator("h1").textContent().strip());
        assertEquals(0, holder.locator("form.skema").count(), "the aftaleholder reads, does not enter");
        assertEquals(List.of(), violations);
    }

    private Page signedIn(String app, String username) {
        return BrowserChecks.signedIn(chromium, contexts, app, username, 15_000);
    }

    private static void scan(Page page, List<String> found) {
        BrowserChecks.scan(page, found);
    }
}
