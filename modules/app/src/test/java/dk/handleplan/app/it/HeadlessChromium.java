package dk.handleplan.app.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The machine's own Chromium, headless, driven by Playwright: never a downloaded browser. The path is
 * the system property {@value #EXECUTABLE_PROPERTY} (default {@value #DEFAULT_EXECUTABLE}, Debian's
 * {@code chromium} package, which {@code .ci/run} installs).
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final String EXECUTABLE_PROPERTY = "it.chromium";
    public static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";
    /** What Chromium needs in a container without a display, GPU, user namespaces or network. */
    public static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium; fails (does not skip) when it is missing, so a machine without it is noticed. */
    public static HeadlessChromium launch() {
        Path executable = Path.of(System.getProperty(EXECUTABLE_PROPERTY, DEFAULT_EXECUTABLE));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable + ": install Debian's chromium package"
                    + " (apt-get install chromium) or set -D" + EXECUTABLE_PROPERTY + "=/path/to/chromium");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable).setHeadless(true).setArgs(ARGS));
            return new HeadlessChromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile (no cookies), in Danish. Close it after the test. */
    public BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
