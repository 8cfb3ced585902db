package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Danish sign-in page, the session it starts, CSRF protection and sign-out, as a browser uses them. */
@ArquillianOnPayaraMicro
class WebSignInIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STYLE_SHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    URI root;
    HttpClient browser;

    @BeforeEach
    void openBrowser() {
        root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void aPersonSignsInWorksWithTheSessionAndSignsOut() throws Exception {
        HttpResponse<String> start = get("start");
        assertEquals(302, start.statusCode(), "a page without a session goes to the sign-in page");
        assertTrue(start.headers().firstValue("Location").orElse("").endsWith("/login"));

        HttpResponse<String> login = get("login");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("<html lang=\"da\">") && login.body().contains("Adgangskode")
                && login.body().contains("<label for=\"brugernavn\">"), login.body());
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"));
        String token = token(login.body());

        HttpResponse<String> wrong = post("login", "brugernavn=afdelingsleder&adgangskode=forkert&_csrf=" + token);
        assertTrue(wrong.headers().firstValue("Location").orElse("").contains("fejl=login"));
        assertTrue(get("login?fejl=login").body().contains("Forkert brugernavn eller adgangskode"));

        HttpResponse<String> forged = post("login", "brugernavn=afdelingsleder&adgangskode=demo-handleplan&_csrf=x");
        assertTrue(forged.headers().firstValue("Location").orElse("").contains("fejl=udloebet"),
                "a sign-in form without the page's token is refused");

        HttpResponse<String> signedIn = post("login", "brugernavn=afdelingsleder&adgangskode=demo-handleplan&_csrf="
                + token(get("login").body()));
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/start"));
        String cookie = signedIn.headers().allValues("Set-Cookie").toString();
        assertTrue(cookie.contains("HttpOnly"), cookie);

        HttpResponse<String> page = get("start");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Mine opgaver</h1>") && page.body().contains("<span>afdelingsleder</span>"),
                page.body());
        String sessionToken = token(page.body());

        assertEquals(200, get("api/v1/plans").statusCode(), "the session signs API reads in");
        String note = "{\"text\": \"Skrevet fra browseren\"}";
        HttpResponse<String> withoutToken = send(HttpRequest.newBuilder(root.resolve("api/v1/activities/1/notes"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(note)));
        assertEquals(403, withoutToken.statusCode(), withoutToken.body());
        assertTrue(withoutToken.body().contains("CSRF"));
        HttpResponse<String> withToken = send(HttpRequest.newBuilder(root.resolve("api/v1/activities/1/notes"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", sessionToken)
                .POST(HttpRequest.BodyPublishers.ofString(note)));
        assertEquals(201, withToken.statusCode(), withToken.body());

        assertEquals(403, post("logout", "_csrf=forfalsket").statusCode(), "sign-out needs the token too");
        HttpResponse<String> out = post("logout", "_csrf=" + sessionToken);
        assertEquals(302, out.statusCode());
        assertEquals(302, get("start").statusCode(), "the session has ended");
        assertEquals(401, get("api/v1/plans").statusCode());
    }

    @Test
    void whatAUserTypedIsEscapedOnThePage() throws Exception {
        // The username shown on the start page is escaped; the sign-in page never echoes input.
        HttpResponse<String> login = get("login?fejl=" + encode("<script>alert(1)</script>"));
        assertFalse(login.body().contains("<script>"));
    }

    @Test
    void theSignInPageAndTheSignedInPagesLoadTheirStyleSheet() throws Exception {
        // The sign-in page is written in Java, the other pages by the templates: both must link a file that exists.
        assertStyleSheetsLoad(get("login").body());
        post("login", "brugernavn=afdelingsleder&adgangskode=demo-handleplan&_csrf=" + token(get("login").body()));
        HttpResponse<String> start = get("start");
        assertEquals(200, start.statusCode());
        assertStyleSheetsLoad(start.body());
    }

    private void assertStyleSheetsLoad(String html) throws Exception {
        Matcher sheets = STYLE_SHEET.matcher(html);
        int found = 0;
        while (sheets.find()) {
            found++;
            HttpResponse<String> sheet = get(sheets.group(1));
            assertEquals(200, sheet.statusCode(), sheets.group(1));
            assertTrue(sheet.headers().firstValue("Content-Type").orElse("").startsWith("text/css"),
                    sheets.group(1) + ": " + sheet.headers().firstValue("Content-Type"));
        }
        assertTrue(found > 0, "the page links a style sheet: " + html);
    }

    private String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(root.resolve(path)).GET());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Sessions of different people used at the same time each keep their own user and rights. With
     * Payara's {@code @AutoApplySession} about 2 % of these requests answered 403 (payara/Payara#6145).
     */
    @Test
    void sessionsOfDifferentPeopleAtTheSameTimeKeepTheirOwnUser() throws Exception {
        List<String> people = List.of("afdelingsleder", "aftaleholder");
        List<WebSession> sessions = new ArrayList<>();
        for (String person : people) {
            sessions.add(WebSession.signIn(root, person, "demo-handleplan"));
        }
        int threadsPerPerson = 4;
        int requestsPerThread = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threadsPerPerson * people.size());
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threadsPerPerson * people.size(); t++) {
                int person = t % people.size();
                results.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < requestsPerThread; i++) {
                        HttpResponse<String> me = sessions.get(person).get("api/v1/me");
                        if (me.statusCode() != 200
                                || !me.body().contains("\"username\":\"" + people.get(person) + "\"")) {
                            wrong.add(people.get(person) + " got " + me.statusCode() + " " + me.body());
                        }
                    }
                    return wrong;
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<List<String>> result : results) {
                wrong.addAll(result.get());
            }
            assertEquals(List.of(), wrong.subList(0, Math.min(3, wrong.size())), wrong.size() + " of "
                    + threadsPerPerson * people.size() * requestsPerThread + " requests went wrong");
        } finally {
            pool.shutdownNow();
        }
    }
}
