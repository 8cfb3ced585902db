package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person's browser session without a browser: signs in with the form, keeps the cookie, sends the CSRF token. */
final class WebSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final URI root;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    private String token;

    private WebSession(URI root) {
        this.root = root;
    }

    static WebSession signIn(URI root, String username, String password) throws Exception {
        WebSession session = new WebSession(root);
        String login = session.get("login").body();
        HttpResponse<String> signedIn = session.form("login", "_csrf", token(login), "brugernavn", username,
                "adgangskode", password);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/start"),
                username + " did not get in: " + signedIn.headers().map());
        session.token = token(session.get("start").body());
        return session;
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(root.resolve(path)).GET());
    }

    /** A GET as htmx makes it (only the part of the page). */
    HttpResponse<String> htmxGet(String path) throws Exception {
        return send(HttpRequest.newBuilder(root.resolve(path)).header("HX-Request", "true").GET());
    }

    /** A form POST as htmx makes it: with the CSRF header. */
    HttpResponse<String> htmxPost(String path, String... namesAndValues) throws Exception {
        return send(HttpRequest.newBuilder(root.resolve(path)).header("HX-Request", "true")
                .header("X-CSRF-Token", token).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(namesAndValues))));
    }

    /** A plain form POST (no JavaScript): the token travels in the form. */
    HttpResponse<String> form(String path, String... namesAndValues) throws Exception {
        return send(HttpRequest.newBuilder(root.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(namesAndValues))));
    }

    String token() {
        return token;
    }

    static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1],
                            StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
