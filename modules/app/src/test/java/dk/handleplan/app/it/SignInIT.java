package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in over HTTP Basic, accounts and passwords, in a real Payara Micro. */
@ArquillianOnPayaraMicro
class SignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    Api admin;

    @BeforeEach
    void connect() {
        admin = new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
    }

    @Test
    void theApiRefusesCallersWithoutValidCredentials() {
        for (Api caller : new Api[] {admin.anonymous(), admin.as("admin", "wrong-password-123"),
            admin.as("nobody", "whatever-password")}) {
            Api.Reply reply = caller.get("plans");
            assertEquals(401, reply.status(), reply::toString);
            assertTrue(reply.isProblem(), reply::toString);
            assertTrue(reply.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertEquals(401, caller.post("offers", obj("name", "Ubudne")).status());
        }
        assertEquals(200, admin.anonymous().get("/health/ready").status(), "health needs no sign-in");
    }

    /** A caller's access is remembered between requests (CallerAccess); every change must count at once. */
    @Test
    void aChangedRoleGrantOrAccountCountsFromTheVeryNextRequest() {
        long offer = PlanFixture.created(admin.post("offers", obj("name", "Adgangsskift")));
        long person = PlanFixture.created(admin.post("people", obj("name", "Skiftende Leder")));
        long user = signedUpUser("skift.leder", person);
        Api leader = admin.as("skift.leder", "et-langt-nyt-kodeord");
        String path = "offers/" + offer;
        assertEquals(404, leader.get(path).status(), "no role yet");

        long role = PlanFixture.created(admin.post("people/" + person + "/roles", obj("role", "AFDELINGSLEDER",
                "offerId", offer)));
        assertEquals(200, leader.get(path).status(), "the new role counts at once");
        assertEquals(200, admin.delete("roles/" + role).status());
        assertEquals(404, leader.get(path).status(), "the removed role no longer counts");

        signedUpUser("skift.tilsyn", null);
        Api supervisor = admin.as("skift.tilsyn", "et-langt-nyt-kodeord");
        assertEquals(404, supervisor.get(path).status(), "no supervisor access yet");
        long grant = PlanFixture.created(admin.post(path + "/supervisors", obj("username", "skift.tilsyn",
                "validUntil", "2025-06-30"))); // the tests run on a fixed day in 2025
        assertEquals(200, supervisor.get(path).status(), "supervisor access counts at once");
        assertEquals(200, admin.delete("supervisor-grants/" + grant).status());
        assertEquals(404, supervisor.get(path).status(), "ended supervisor access no longer counts");

        assertEquals(200, admin.post("users/" + user + "/deactivate", "").status());
        assertEquals(401, leader.get("me").status(), "a deactivated account is refused at once");
    }

    /** A new account whose temporary password has been changed to "et-langt-nyt-kodeord". */
    private long signedUpUser(String username, Long person) {
        long id = PlanFixture.created(admin.post("users", person == null
                ? obj("username", username, "password", "midlertidigt-123")
                : obj("username", username, "password", "midlertidigt-123", "personId", person)));
        assertEquals(200, admin.as(username, "midlertidigt-123").post("me/password", obj("currentPassword",
                "midlertidigt-123", "newPassword", "et-langt-nyt-kodeord")).status());
        return id;
    }

    @Test
    void demoUsersSignInWithTheDocumentedPassword() {
        for (String user : new String[] {"aftaleholder", "afdelingsleder", "medarbejder"}) {
            Api.Reply me = admin.as(user, "demo-handleplan").get("me");
            assertEquals(200, me.status(), me::toString);
            assertEquals(user, me.json().getString("username"));
            assertFalse(me.json().getBoolean("administrator"));
        }
    }

    @Test
    void aNewUserMustChangeTheTemporaryPasswordBeforeAnythingElse() {
        Api.Reply created = admin.post("users", obj("username", "ny.leder", "password", "midlertidigt-123"));
        assertEquals(201, created.status(), created::toString);
        assertFalse(created.body().contains("midlertidigt") || created.body().contains("PBKDF2"), "no secrets");
        Api user = admin.as("ny.leder", "midlertidigt-123");
        assertTrue(user.get("me").json().getBoolean("mustChangePassword"));
        Api.Reply blocked = user.get("plans");
        assertEquals(403, blocked.status(), blocked::toString);
        assertTrue(blocked.isProblem());

        Api.Reply tooShort = user.post("me/password", obj("currentPassword", "midlertidigt-123",
                "newPassword", "kort"));
        assertEquals(400, tooShort.status(), tooShort::toString);
        Api.Reply wrongCurrent = user.post("me/password", obj("currentPassword", "forkert-kodeord-1",
                "newPassword", "et-langt-nyt-kodeord"));
        assertEquals(400, wrongCurrent.status(), wrongCurrent::toString);
        assertEquals(200, user.post("me/password", obj("currentPassword", "midlertidigt-123",
                "newPassword", "et-langt-nyt-kodeord")).status());

        assertEquals(401, user.get("plans").status(), "the old password no longer works");
        Api changed = admin.as("ny.leder", "et-langt-nyt-kodeord");
        assertEquals(200, changed.get("plans").status());

        long id = created.id();
        assertEquals(403, changed.get("users").status(), "only administrators manage users");
        assertEquals(200, admin.post("users/" + id + "/deactivate", "").status());
        assertEquals(401, changed.get("plans").status(), "a deactivated account cannot sign in");
        assertEquals(200, admin.post("users/" + id + "/activate", "").status());
        assertEquals(200, admin.post("users/" + id + "/reset-password", obj("password", "nulstillet-kode-1"))
                .status());
        assertEquals(403, admin.as("ny.leder", "nulstillet-kode-1").get("plans").status(),
                "a reset password is temporary");
        assertEquals(400, admin.post("users", obj("username", "kort.kode", "password", "short")).status());
        assertEquals(409, admin.post("users", obj("username", "ny.leder", "password", "andet-kodeord-12"))
                .status());
    }

    @Test
    void theLastAdministratorCannotBeDeactivated() {
        long adminId = admin.get("me").id();
        Api.Reply refused = admin.post("users/" + adminId + "/deactivate", "");
        assertEquals(409, refused.status(), refused::toString);
        assertEquals(200, admin.get("me").status());
    }
}
