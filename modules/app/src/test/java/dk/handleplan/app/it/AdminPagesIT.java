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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The administrators' pages as a browser uses them: offers, departments, people, roles and users are
 * created with plain forms (CSRF token, 303 back), shown with æøå intact, refused input is shown in
 * Danish next to its field, a stale version is explained, and others are turned away.
 */
@ArquillianOnPayaraMicro
class AdminPagesIT {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdministratorSetsUpAnOfferWithItsPeopleAndUsers() throws Exception {
        Browser admin = new Browser().signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        String unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String offer = "Botilbuddet Æblegården " + unique;
        String house = "Hus Bøgelund " + unique;
        String person = "Søren Ørsted-Åberg " + unique;
        String username = "soeren-" + unique;

        HttpResponse<String> landing = admin.get("admin");
        assertEquals(200, landing.statusCode());
        assertTrue(landing.body().contains("<html lang=\"da\">") && landing.body().contains("href=\"/admin/brugere\"")
                && landing.body().contains("href=\"/admin/tilbud\"") && landing.body().contains("href=\"/admin/personer\""));

        // An offer with a department
        HttpResponse<String> created = admin.post("admin/tilbud", "navn", offer, "kommune", "Ærø Kommune");
        assertEquals(303, created.statusCode(), created.body());
        long offerId = number(created.headers().firstValue("Location").orElse(""), "/admin/tilbud/(\\d+)");
        assertEquals(303, admin.post("admin/tilbud/" + offerId + "/afdelinger", "navn", house).statusCode());
        String offers = admin.get("admin/tilbud").body();
        assertTrue(offers.contains(offer) && offers.contains("Ærø Kommune") && offers.contains(house), offers);
        String offerPage = admin.get("admin/tilbud/" + offerId).body();
        long departmentId = number(offerPage, "/admin/tilbud/afdelinger/(\\d+)\"");

        // A stale version is explained, and nothing is overwritten
        long version = number(offerPage, "name=\"version\" value=\"(\\d+)\"");
        assertEquals(303, admin.post("admin/tilbud/" + offerId, "navn", offer, "kommune", "Ærø",
                "version", Long.toString(version)).statusCode());
        HttpResponse<String> stale = admin.post("admin/tilbud/" + offerId, "navn", offer + " (gammel)",
                "kommune", "Ærø Kommune", "version", Long.toString(version));
        assertEquals(422, stale.statusCode());
        assertTrue(stale.body().contains("En anden har ændret dette, mens du redigerede"), stale.body());
        assertFalse(admin.get("admin/tilbud").body().contains(offer + " (gammel)"));

        // A person with a role in the department
        HttpResponse<String> newPerson = admin.post("admin/personer", "navn", person, "email",
                "soeren." + unique + "@example.dk", "stilling", "Pædagogisk leder");
        assertEquals(303, newPerson.statusCode(), newPerson.body());
        long personId = number(newPerson.headers().firstValue("Location").orElse(""), "/admin/personer/(\\d+)");
        assertEquals(303, admin.post("admin/personer/" + personId + "/roller", "rolle", "AFDELINGSLEDER",
                "tilbud", Long.toString(offerId), "afdeling", Long.toString(departmentId)).statusCode());
        String people = admin.get("admin/personer").body();
        assertTrue(people.contains(person) && people.contains("Pædagogisk leder")
                && people.contains("Afdelingsleder i " + offer + ", " + house), people);

        // A role without an offer is refused next to its field
        HttpResponse<String> noOffer = admin.post("admin/personer/" + personId + "/roller", "rolle", "MEDARBEJDER",
                "tilbud", "", "afdeling", "");
        assertEquals(422, noOffer.statusCode());
        assertTrue(nextToField(noOffer.body(), "r-tilbud", "Vælg et tilbud."), noOffer.body());

        // A user: a too short password is refused next to the field, and nothing is created
        HttpResponse<String> tooShort = admin.post("admin/brugere", "brugernavn", username, "adgangskode", "kort",
                "person", Long.toString(personId));
        assertEquals(422, tooShort.statusCode());
        assertTrue(nextToField(tooShort.body(), "b-adgangskode", "Adgangskoden skal være mindst 12 og højst 200 tegn."),
                tooShort.body());
        assertTrue(tooShort.body().contains("value=\"" + username + "\""), "what was typed stays in the form");
        assertFalse(tooShort.body().contains("value=\"kort\""), "a password is never sent back");
        assertFalse(admin.get("admin/brugere").body().contains(">" + username + "<"));

        HttpResponse<String> newUser = admin.post("admin/brugere", "brugernavn", username,
                "adgangskode", "midlertidig-" + unique + "-kode", "person", Long.toString(personId));
        assertEquals(303, newUser.statusCode(), newUser.body());
        String users = admin.get("admin/brugere").body();
        assertTrue(users.contains(">" + username + "<") && users.contains(person), users);
        long userId = number(users, "/admin/brugere/(\\d+)\">" + username + "<");

        // The password is reset, not with a short one
        HttpResponse<String> shortReset = admin.post("admin/brugere/" + userId + "/adgangskode", "adgangskode", "kort");
        assertEquals(422, shortReset.statusCode());
        assertTrue(nextToField(shortReset.body(), "n-adgangskode", "Adgangskoden skal være mindst 12 og højst 200 tegn."));
        assertEquals(303, admin.post("admin/brugere/" + userId + "/adgangskode", "adgangskode",
                "nulstillet-" + unique + "-kode").statusCode());

        // Deactivated and activated again
        assertEquals(303, admin.post("admin/brugere/" + userId + "/deaktiver").statusCode());
        assertTrue(admin.get("admin/brugere/" + userId).body().contains("Nej – kan ikke logge ind"));
        assertEquals(303, admin.post("admin/brugere/" + userId + "/aktiver").statusCode());

        // The person is edited; the department and the offer are archived (after a confirmation) and restored
        long personVersion = number(admin.get("admin/personer/" + personId).body(), "name=\"version\" value=\"(\\d+)\"");
        assertEquals(303, admin.post("admin/personer/" + personId, "navn", person, "email", "", "stilling", "Afdelingsleder",
                "version", Long.toString(personVersion)).statusCode());
        assertTrue(admin.get("admin/personer").body().contains(">Afdelingsleder</td>"));
        assertEquals(303, admin.post("admin/tilbud/afdelinger/" + departmentId + "/arkiver").statusCode());
        assertTrue(admin.get("admin/tilbud/" + offerId).body().contains("Arkiverede afdelinger"));
        assertEquals(303, admin.post("admin/tilbud/afdelinger/" + departmentId + "/gendan").statusCode());
        HttpResponse<String> confirm = admin.get("admin/tilbud/" + offerId + "/arkiver");
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains("Ja, arkivér tilbuddet"), confirm.body());
        assertEquals(303, admin.post("admin/tilbud/" + offerId + "/arkiver").statusCode());
        assertTrue(admin.get("admin/tilbud").body().contains("<h2>Arkiverede tilbud</h2>"));
        assertEquals(303, admin.post("admin/tilbud/" + offerId + "/gendan").statusCode());
        assertFalse(admin.get("admin/tilbud/" + offerId).body().contains("Tilbuddet er arkiveret"));

        // Forms without the session's token change nothing
        HttpResponse<String> forged = admin.send(HttpRequest.newBuilder(admin.root.resolve("admin/tilbud"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("navn=Forfalsket&_csrf=forkert")));
        assertEquals(403, forged.statusCode());
    }

    @Test
    void othersAreTurnedAway() throws Exception {
        Browser leader = new Browser().signIn("afdelingsleder", "demo-handleplan");
        HttpResponse<String> users = leader.get("admin/brugere");
        assertEquals(403, users.statusCode());
        assertTrue(users.body().contains("Ingen adgang"), users.body());
        assertEquals(403, leader.get("admin").statusCode());
        assertEquals(403, leader.post("admin/tilbud", "navn", "Ikke tilladt").statusCode());
        assertFalse(leader.get("planer").body().contains("<a href=\"/admin\""), "the menu has no Administration");
    }

    /** The field's error message: after the field in its own box, tied to it by aria-describedby. */
    private static boolean nextToField(String html, String id, String message) {
        return Pattern.compile("id=\"" + id + "\"[^>]*aria-describedby=\"[^\"]*" + id + "-fejl\"[^>]*>"
                + "(?:(?!<div)[\\s\\S])*?<p[^>]*id=\"" + id + "-fejl\"[^>]*>" + Pattern.quote(message) + "</p>")
                .matcher(html).find();
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return Long.parseLong(m.group(1));
    }

    /** One browser: its own cookies, the session's CSRF token sent with every form. */
    private final class Browser {

        final URI root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String token;

        Browser signIn(String user, String password) throws Exception {
            token = token(get("login").body());
            HttpResponse<String> signedIn = post("login", "brugernavn", user, "adgangskode", password);
            assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/start"), user + " signs in");
            token = token(get("start").body());
            return this;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(root.resolve(path)).GET());
        }

        /** A form of name/value pairs, sent as a browser sends it (UTF-8, with the token). */
        HttpResponse<String> post(String path, String... fields) throws Exception {
            StringBuilder form = new StringBuilder("_csrf=").append(encode(token));
            for (int i = 0; i + 1 < fields.length; i += 2) {
                form.append('&').append(fields[i]).append('=').append(encode(fields[i + 1]));
            }
            return send(HttpRequest.newBuilder(root.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private String token(String html) {
            Matcher m = TOKEN.matcher(html);
            assertTrue(m.find(), html);
            return m.group(1);
        }

        private String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
