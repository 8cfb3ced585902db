package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through an OpenID Connect provider (switched on for the integration tests, see
 * modules/app/pom.xml): the whole authorization code flow with a real provider process on loopback,
 * and the ways a callback must be refused.
 */
@ArquillianOnPayaraMicro
class OidcSignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    static TestIdentityProvider provider;

    @ArquillianResource
    URL base;

    URI root;
    HttpClient browser;

    @BeforeAll
    static void startProvider() throws Exception {
        provider = new TestIdentityProvider(Integer.getInteger("it.oidc.port"));
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void openBrowser() {
        root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        provider.fault = TestIdentityProvider.Fault.NONE;
        provider.nextUser = "afdelingsleder";
    }

    @Test
    void aKnownUserSignsInThroughTheProviderAndWorksWithTheSession() throws Exception {
        String login = send(root.resolve("login")).body();
        assertTrue(login.contains("href=\"/login/oidc\"") && login.contains("Log ind med kommunens login"), login);

        List<URI> hops = signInThroughProvider();
        assertTrue(hops.get(0).getPath().equals("/idp/authorize"), hops::toString);
        assertEquals("/start", hops.get(hops.size() - 1).getPath(), hops::toString);
        HttpResponse<String> me = send(root.resolve("api/v1/me"));
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"username\":\"afdelingsleder\""), me.body());

        List<String> actions = new Api(root).get("audit?username=afdelingsleder").array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("SIGN_IN_OIDC"), actions::toString);
    }

    @Test
    void aTemporaryLocalPasswordDoesNotBlockAnExternalSignIn() throws Exception {
        Api admin = new Api(root);
        assertEquals(201, admin.post("users", obj("username", "ekstern.bruger", "password", "midlertidigt-kodeord"))
                .status());
        provider.nextUser = "ekstern.bruger";
        List<URI> hops = signInThroughProvider();
        assertEquals("/start", hops.get(hops.size() - 1).getPath(), hops::toString);
        assertEquals(200, send(root.resolve("api/v1/plans")).statusCode());
    }

    @Test
    void anIdentityWithoutAnActiveAccountIsRefused() throws Exception {
        provider.nextUser = "ukendt.person";
        List<URI> hops = signInThroughProvider();
        assertEquals("fejl=oidc-konto", hops.get(hops.size() - 1).getQuery(), hops::toString);
        assertEquals(401, send(root.resolve("api/v1/me")).statusCode());
        String page = send(root.resolve("login?fejl=oidc-konto")).body();
        assertTrue(page.contains("ingen aktiv bruger i Handleplan"), page);
    }

    @Test
    void tokensThatDoNotProveThisSignInAreRefused() throws Exception {
        for (TestIdentityProvider.Fault fault : List.of(TestIdentityProvider.Fault.WRONG_NONCE,
                TestIdentityProvider.Fault.WRONG_AUDIENCE, TestIdentityProvider.Fault.FOREIGN_KEY,
                TestIdentityProvider.Fault.EXPIRED)) {
            openBrowser();
            provider.fault = fault;
            List<URI> hops = signInThroughProvider();
            assertEquals("fejl=oidc", hops.get(hops.size() - 1).getQuery(), () -> fault + ": " + hops);
            assertEquals(401, send(root.resolve("api/v1/me")).statusCode(), fault::toString);
        }
    }

    @Test
    void aForgedOrReplayedCallbackIsRefusedWithoutAskingTheProvider() throws Exception {
        int before = provider.tokenRequests;
        HttpResponse<String> forged = send(root.resolve("login/oidc/callback?code=stolen&state=guessed"));
        assertEquals(302, forged.statusCode());
        assertTrue(forged.headers().firstValue("Location").orElse("").endsWith("/login?fejl=oidc"));

        // A real sign-in's callback, captured and replayed from another browser: refused.
        HttpResponse<String> start = send(root.resolve("login/oidc"));
        HttpResponse<String> atProvider = send(URI.create(start.headers().firstValue("Location").orElseThrow()));
        URI callback = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
        assertEquals(302, send(callback).statusCode());
        openBrowser();
        HttpResponse<String> replay = send(callback);
        assertTrue(replay.headers().firstValue("Location").orElse("").endsWith("/login?fejl=oidc"),
                replay.headers().map()::toString);
        assertEquals(before + 1, provider.tokenRequests, "only the real callback reached the token endpoint");
    }

    /** Follows the redirects from "Log ind med ..." to where the application finally sends the browser. */
    private List<URI> signInThroughProvider() throws Exception {
        List<URI> hops = new ArrayList<>();
        URI next = root.resolve("login/oidc");
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = send(next);
            if (response.statusCode() != 302) {
                return hops;
            }
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
            hops.add(next);
            if (next.getPath().equals("/start") || next.getPath().equals("/login")) {
                return hops;
            }
        }
        throw new AssertionError("too many redirects: " + hops);
    }

    private HttpResponse<String> send(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
