package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The web security of issue 3 as a real browser meets it: headless Chromium (see {@link HeadlessChromium})
 * against the packaged WAR in Payara Micro. Sign-in page, session cookie (HttpOnly, SameSite), security
 * headers and CSP, CSRF (own pages, scripts, and forms on other sites), lock-out, CPR numbers.
 */
@ArquillianOnPayaraMicro
class BrowserSecurityIT {

    private static final String DEMO_PASSWORD = "demo-handleplan";
    /** An activity of the demo offer that afdelingsleder may add notes to (as in WebSignInIT). */
    private static final String NOTES = "/api/v1/activities/1/notes";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    static HeadlessChromium chromium;

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

    /** The application's origin, e.g. http://localhost:8080 (no trailing slash). */
    String app;
    BrowserContext context;
    Page page;
    HttpServer otherSite;

    @BeforeEach
    void openBrowser() {
        app = base.toString().replaceAll("/+$", "");
        context = chromium.newContext();
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        if (otherSite != null) {
            otherSite.stop(0);
        }
    }

    @Test
    void theSignInPageIsDanishAndAWrongPasswordStartsNoSession() {
        page.navigate(app + "/start");
        assertTrue(page.url().endsWith("/login"), "a page without a session goes to the sign-in page: " + page.url());
        assertEquals("da", page.locator("html").getAttribute("lang"));
        assertEquals(1, page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log ind").setLevel(1))
                .count());
        assertEquals(1, page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true)).count());
        assertEquals("password", page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true))
                .getAttribute("type"));

        signIn("medarbejder", "forkert-adgangskode");
        assertTrue(page.url().contains("fejl=login"), page.url());
        String alert = page.getByRole(AriaRole.ALERT).textContent();
        assertTrue(alert.contains("Forkert brugernavn eller adgangskode"), alert);
        assertEquals("fejl", page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true))
                .getAttribute("aria-describedby"), "the error is tied to the field for screen readers");

        page.navigate(app + "/start");
        assertTrue(page.url().endsWith("/login"), "a wrong password signs nobody in: " + page.url());
        assertEquals(401, withoutScript("/api/v1/me"));
    }

    @Test
    void demoUsersSignInOnTheStartPageWithASameSiteCookieAndSignOut() {
        for (String user : List.of("aftaleholder", "afdelingsleder", "medarbejder", "tilsyn")) {
            context.clearCookies();
            Response login = page.navigate(app + "/login");
            assertSessionCookieHeader(login.headerValue("set-cookie"));
            String before = sessionCookie().value;

            Response signedIn = page.waitForResponse(
                    r -> r.url().endsWith("/login") && "POST".equals(r.request().method()),
                    () -> signIn(user, DEMO_PASSWORD));
            assertEquals(302, signedIn.status());
            assertSessionCookieHeader(signedIn.headerValue("set-cookie"));
            page.waitForURL("**/start");
            assertEquals(1, page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mine opgaver")).count());
            assertTrue(page.locator("header").textContent().contains(user), user);

            Cookie session = sessionCookie();
            assertEquals(SameSiteAttribute.LAX, session.sameSite, "the browser keeps the cookie as SameSite=Lax");
            assertTrue(session.httpOnly, "scripts cannot read the session cookie");
            assertNotEquals(before, session.value, "signing in starts a new session (no fixation)");
            assertFalse((Boolean) page.evaluate("() => document.cookie.includes('JSESSIONID')"));
            assertEquals(200, fetch("GET", "/api/v1/me", null, null).status(), user);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ud")).click();
            page.waitForURL(Pattern.compile(".*/login\\?logget-ud$"));
            assertTrue(page.getByRole(AriaRole.STATUS).textContent().contains("Du er logget ud"));
            page.navigate(app + "/start");
            assertTrue(page.url().endsWith("/login"), "the session has ended: " + page.url());
            assertEquals(401, withoutScript("/api/v1/me"));
        }
    }

    @Test
    void pagesCarrySecurityHeadersAndTheBrowserBlocksInjectedScript() throws IOException {
        assertSecurityHeaders(page.navigate(app + "/login"));
        signIn("afdelingsleder", DEMO_PASSWORD);
        page.waitForURL("**/start");
        assertSecurityHeaders(page.navigate(app + "/start"));

        // Script injected into the page (as a stored XSS would be) is refused by the CSP.
        List<String> console = new ArrayList<>();
        page.onConsoleMessage(m -> console.add(m.text()));
        Object violations = page.evaluate("""
                () => new Promise(done => {
                  const seen = [];
                  document.addEventListener('securitypolicyviolation', e => seen.push(e.effectiveDirective));
                  const inline = document.createElement('script');
                  inline.textContent = 'window.injected = true;';
                  document.body.appendChild(inline);
                  const handler = document.createElement('img');
                  handler.setAttribute('src', 'data:,x');
                  handler.setAttribute('onerror', 'window.injected = true;');
                  document.body.appendChild(handler);
                  setTimeout(() => done(seen), 500);
                })""");
        assertEquals(Boolean.FALSE, page.evaluate("() => window.injected === true"), "injected script ran");
        assertTrue(violations.toString().contains("script-src"), "CSP violations reported: " + violations);
        assertTrue(console.stream().anyMatch(m -> m.contains("Content Security Policy")), console.toString());

        // Another site cannot frame the pages (clickjacking).
        otherSite = serve("/frame.html", "<!DOCTYPE html><title>Fremmed</title><iframe src=\"" + app + "/login\"></iframe>");
        page.navigate(otherSiteOrigin(true) + "/frame.html");
        page.waitForTimeout(1000);
        List<Frame> frames = page.frames();
        assertEquals(2, frames.size());
        Frame framed = frames.get(1);
        assertEquals(0, framed.locator("#brugernavn").count(), "the sign-in page was shown in a frame: " + framed.url());
    }

    @Test
    void changesWithTheSessionNeedTheCsrfToken() {
        signIn("afdelingsleder", DEMO_PASSWORD);
        page.waitForURL("**/start");
        String token = page.locator("meta[name=csrf-token]").getAttribute("content");
        assertNotNull(token, "the page offers the token to scripts");
        assertEquals(token, page.locator("input[name=_csrf]").inputValue());

        String mark = "browser-csrf-" + System.nanoTime();
        Fetched without = fetch("POST", NOTES, note(mark + " uden token"), null);
        assertEquals(403, without.status(), without.body());
        assertTrue(without.body().contains("CSRF"), without.body());
        Fetched forged = fetch("POST", NOTES, note(mark + " forkert token"), "forfalsket");
        assertEquals(403, forged.status(), forged.body());
        Fetched with = fetch("POST", NOTES, note(mark + " med token"), token);
        assertEquals(201, with.status(), with.body());

        String notes = fetch("GET", NOTES, null, null).body();
        assertTrue(notes.contains(mark + " med token"), notes);
        assertFalse(notes.contains(mark + " uden token") || notes.contains(mark + " forkert token"), notes);
    }

    @Test
    void formsOnOtherSitesCannotActWithTheSession() throws IOException {
        signIn("afdelingsleder", DEMO_PASSWORD);
        page.waitForURL("**/start");
        String mark = "browser-forged-" + System.nanoTime();
        // Auto-submitting forms, as a hostile page would have them: sign the user out, and add a note
        // (a text/plain form can produce a JSON-looking body).
        otherSite = otherSite();
        offer(otherSite, "/logout.html", "<form method=\"post\" action=\"" + app + "/logout\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"gaet\"></form>");
        offer(otherSite, "/note.html", "<form method=\"post\" enctype=\"text/plain\" action=\"" + app + NOTES + "\">"
                + "<input type=\"hidden\" name='{\"text\": \"" + mark + "\", \"x\": \"' value='\"}'></form>");
        otherSite.start();

        for (boolean crossSite : new boolean[] {true, false}) {
            String origin = otherSiteOrigin(crossSite);
            // Cross-site, the note form would meet the API's HTTP Basic challenge (no cookie was sent),
            // which a browser answers with a sign-in dialog that headless Chromium never closes.
            for (String attack : crossSite ? List.of("/logout.html") : List.of("/logout.html", "/note.html")) {
                Page hostile = context.newPage();
                Response answer = hostile.waitForResponse(
                        r -> r.url().startsWith(app + "/") && "POST".equals(r.request().method()),
                        () -> hostile.navigate(origin + attack));
                if (crossSite) {
                    // SameSite=Lax: the browser does not send the session cookie with another site's POST.
                    assertNotEquals(403, answer.status(), "the cookie was sent cross-site to " + answer.url());
                } else {
                    // Same site, other origin: the cookie goes along, the missing token stops it.
                    assertEquals(403, answer.status(), answer.url());
                }
                hostile.close();
            }
        }
        page.navigate(app + "/start");
        assertTrue(page.url().endsWith("/start"), "still signed in: " + page.url());
        String notes = fetch("GET", NOTES, null, null).body();
        assertFalse(notes.contains(mark), notes);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String username = "laas." + Long.toString(System.currentTimeMillis(), 36);
        Api admin = new Api(URI.create(app + "/"));
        Api.Reply created = admin.post("users", obj("username", username, "password", "det-rigtige-kodeord"));
        assertEquals(201, created.status(), created::toString);

        for (int attempt = 1; attempt <= 5; attempt++) {
            page.navigate(app + "/login");
            signIn(username, "forkert-" + attempt);
            page.waitForURL(Pattern.compile(".*fejl=.*"));
            String alert = page.getByRole(AriaRole.ALERT).textContent();
            if (attempt < 5) {
                assertTrue(alert.contains("Forkert brugernavn eller adgangskode"), attempt + ": " + alert);
            } else {
                assertLocked(alert);
            }
        }
        page.navigate(app + "/login");
        signIn(username, "det-rigtige-kodeord");
        page.waitForURL(Pattern.compile(".*fejl=.*"));
        assertLocked(page.getByRole(AriaRole.ALERT).textContent());
        page.navigate(app + "/start");
        assertTrue(page.url().endsWith("/login"), "a locked account gets no session: " + page.url());
        assertEquals(401, admin.as(username, "det-rigtige-kodeord").get("me").status(), "nor the API");

        // A name that is not an account reads the same after as many tries: the page tells no names.
        String unknown = "ukendt." + Long.toString(System.nanoTime(), 36);
        for (int attempt = 1; attempt <= 5; attempt++) {
            page.navigate(app + "/login");
            signIn(unknown, "forkert-" + attempt);
            page.waitForURL(Pattern.compile(".*fejl=.*"));
        }
        assertLocked(page.getByRole(AriaRole.ALERT).textContent());
    }

    @Test
    void cprNumbersTypedInTheBrowserAreRefusedAndNothingIsSaved() {
        signIn("afdelingsleder", DEMO_PASSWORD);
        page.waitForURL("**/start");
        String token = page.locator("meta[name=csrf-token]").getAttribute("content");

        String mark = "browser-cpr-" + System.nanoTime();
        for (String cpr : List.of("010190-1234", "0101901234")) {
            Fetched refused = fetch("POST", NOTES, note(mark + " samtale med borger " + cpr), token);
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.body().contains("Der må ikke skrives CPR-numre i Handleplan"), refused.body());
            assertTrue(Pattern.compile("\"field\"\\s*:\\s*\"text\"").matcher(refused.body()).find(), refused.body());
        }
        Fetched accepted = fetch("POST", NOTES, note(mark + " sagsnummer 321390-1234"), token);
        assertEquals(201, accepted.status(), "not a date, so not a CPR number: " + accepted.body());

        String notes = fetch("GET", NOTES, null, null).body();
        assertTrue(notes.contains(mark + " sagsnummer 321390-1234"), notes);
        assertFalse(notes.contains("010190-1234") || notes.contains("0101901234"), notes);
    }

    // --- helpers ---

    private void signIn(String username, String password) {
        if (!page.url().endsWith("/login") && !page.url().contains("/login?")) {
            page.navigate(app + "/login");
        }
        page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        page.waitForLoadState();
    }

    private Cookie sessionCookie() {
        return context.cookies(app).stream().filter(c -> "JSESSIONID".equals(c.name)).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + context.cookies()));
    }

    private static void assertSessionCookieHeader(String setCookie) {
        assertNotNull(setCookie, "the response sets the session cookie");
        List<String> attributes = Arrays.stream(setCookie.split(";")).map(a -> a.strip().toLowerCase(Locale.ROOT))
                .toList();
        assertTrue(attributes.get(0).startsWith("jsessionid="), setCookie);
        assertTrue(attributes.contains("samesite=lax"), setCookie);
        assertTrue(attributes.contains("httponly"), setCookie);
    }

    private static void assertSecurityHeaders(Response response) {
        assertEquals(200, response.status(), response.url());
        String csp = response.headerValue("content-security-policy");
        assertNotNull(csp, response.url());
        String scripts = Arrays.stream(csp.split(";")).map(String::strip).filter(d -> d.startsWith("script-src"))
                .findFirst().orElse("(none)");
        assertEquals("script-src 'self'", scripts, "no inline or foreign script: " + csp);
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                && csp.contains("object-src 'none'"), csp);
        assertEquals("nosniff", response.headerValue("x-content-type-options"));
        assertEquals("DENY", response.headerValue("x-frame-options"));
        assertEquals("no-referrer", response.headerValue("referrer-policy"));
        assertEquals("no-store", response.headerValue("cache-control"), "signed-in pages are not cached");
    }

    private static void assertLocked(String alert) {
        assertTrue(alert.contains("Kontoen er spærret i et kvarter"), alert);
    }

    /**
     * Another site for the browser: 127.0.0.1 (or localhost when the app is at 127.0.0.1) is another
     * site than the app's host; the app's own host on another port is the same site but another origin.
     */
    private String otherSiteOrigin(boolean crossSite) {
        String host = base.getHost();
        String otherHost = crossSite ? ("127.0.0.1".equals(host) ? "localhost" : "127.0.0.1") : host;
        return "http://" + otherHost + ":" + otherSite.getAddress().getPort();
    }

    /** On every address (the app may be served at the machine's address, not at loopback), any free port. */
    private static HttpServer otherSite() throws IOException {
        return HttpServer.create(new InetSocketAddress(0), 0);
    }

    private static HttpServer serve(String path, String html) throws IOException {
        HttpServer server = otherSite();
        offer(server, path, html);
        server.start();
        return server;
    }

    /** A page on the other site; forms on it submit themselves (its own inline script, no CSP there). */
    private static void offer(HttpServer server, String path, String html) {
        byte[] body = ("<!DOCTYPE html><html><body>" + html
                + "<script>var f = document.forms[0]; if (f) { f.submit(); }</script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static String note(String text) {
        return obj("text", text).toString();
    }

    /**
     * The status of a GET with the browser's cookies but not from the page: a page's own fetch() that
     * meets the API's HTTP Basic challenge would wait for a sign-in dialog that headless Chromium never shows.
     */
    private int withoutScript(String path) {
        return page.request().get(app + path).status();
    }

    /** The answer to a fetch() made by the page itself, with its session cookie. */
    record Fetched(int status, String body) {
    }

    private Fetched fetch(String method, String path, String json, String token) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                async ([method, url, body, token]) => {
                  const headers = {};
                  if (body !== null) headers['Content-Type'] = 'application/json';
                  if (token !== null) headers['X-CSRF-Token'] = token;
                  const abort = new AbortController();
                  setTimeout(() => abort.abort(), 15000);
                  const init = {method, headers, credentials: 'same-origin', signal: abort.signal};
                  if (body !== null) init.body = body;
                  const r = await fetch(url, init);
                  return {status: r.status, body: await r.text()};
                }""", Arrays.asList(method, app + path, json, token));
        return new Fetched(((Number) result.get("status")).intValue(), (String) result.get("body"));
    }
}
