package dk.handleplan.app.it;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;

/** What the browser tests share: signing in a demo user, the axe-core scan, and screenshots. */
final class BrowserChecks {

    static final String DEMO_PASSWORD = "demo-handleplan";

    private BrowserChecks() {
    }

    /** A new browser context (kept in {@code contexts} to be closed) with the demo user signed in. */
    static Page signedIn(HeadlessChromium chromium, List<BrowserContext> contexts, String app, String username,
            double timeoutMillis) {
        BrowserContext context = chromium.newContext();
        context.setDefaultTimeout(timeoutMillis);
        contexts.add(context);
        Page page = context.newPage();
        page.navigate(app + "/login");
        page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        page.waitForURL("**/start");
        return page;
    }

    /** Serious and critical WCAG 2.1 AA findings of axe-core on the page as it is. */
    static void scan(Page page, List<String> found) {
        for (Rule violation : new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                found.add(page.url() + ": " + violation.getId() + " " + violation.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(3).toList());
            }
        }
    }

    /** A full-page screenshot into the folder the build names ({@code it.screenshots}), if any. */
    static void screenshot(Page page, String name) {
        String folder = System.getProperty("it.screenshots");
        if (folder != null) {
            page.setViewportSize(1280, 900);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name + ".png")).setFullPage(true));
        }
    }

    static void screenshot(Locator element, String name) {
        String folder = System.getProperty("it.screenshots");
        if (folder != null) {
            element.screenshot(new Locator.ScreenshotOptions().setPath(Path.of(folder, name + ".png")));
        }
    }
}
