package dk.handleplan.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user's connection to the server: an API client with HTTP Basic on every call, or a person
 * signed in on the sign-in page (session cookie and CSRF token), as the pages are used. The session
 * skips the password hash (PBKDF2, 20,000 rounds) that Basic pays on every request.
 */
final class Http {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    record Reply(int status, String body) {
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        long id() {
            if (status != 201 && status != 200) {
                throw new IllegalStateException("expected a created element, got " + status + " " + body);
            }
            return json().getJsonNumber("id").longValue();
        }
    }

    private final URI root;
    private final HttpClient client;
    private final String basic;
    private String csrfToken;

    private Http(URI root, String basic) {
        this.root = root;
        this.basic = basic;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static Http basic(URI root, String username, String password) {
        return new Http(root, "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Signs in on the sign-in page; the cookie then goes with every request. */
    static Http signedIn(URI root, String username, String password) {
        Http session = new Http(root, null);
        Matcher token = CSRF.matcher(session.get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "_csrf=" + encode(token.group(1)) + "&brugernavn=" + encode(username) + "&adgangskode="
                + encode(password);
        Reply reply = session.send(HttpRequest.newBuilder(root.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (reply.status() != 302) {
            throw new IllegalStateException(username + " could not sign in: " + reply);
        }
        // The pages carry the session's token in their forms; only a session that changes things needs it.
        Matcher pageToken = CSRF.matcher(session.get("/start").body());
        session.csrfToken = pageToken.find() ? pageToken.group(1) : null;
        return session;
    }

    /** The same server, as another user over HTTP Basic. */
    Http basicAs(String username, String password) {
        return basic(root, username, password);
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(root.resolve(path)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(root.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Bytes only, for binary answers (the PDF). */
    int getDiscarding(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).GET();
        authorize(request);
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        authorize(request);
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void authorize(HttpRequest.Builder request) {
        if (basic != null) {
            request.header("Authorization", basic);
        } else if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken); // what the pages' scripts send with a change
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A JSON string literal. */
    static String quote(String text) {
        return Json.createValue(text).toString();
    }
}
