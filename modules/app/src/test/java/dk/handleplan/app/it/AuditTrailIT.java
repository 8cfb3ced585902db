package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail and the lock-out of repeated failed sign-ins, in a real Payara Micro. */
@ArquillianOnPayaraMicro
class AuditTrailIT {

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
    void everyChangeIsRecordedWithWhoWhatOldAndNewValue() {
        PlanFixture f = new PlanFixture(admin, "Revision");
        long version = admin.get("goals/" + f.goal).version();
        assertEquals(200, admin.put("goals/" + f.goal, obj("text", "Skarpere mål", "expectedEffect",
                "Stabil personalegruppe", "version", version)).status());
        assertEquals(200, admin.delete("goals/" + f.goal).status());
        assertEquals(409, admin.put("goals/" + f.goal, obj("text", "Afvist", "version", version)).status());

        List<JsonObject> trail = admin.get("offers/" + f.offer + "/audit?elementType=Goal&elementId=" + f.goal)
                .array().getValuesAs(JsonObject.class);
        JsonObject text = trail.stream().filter(e -> e.getString("action").equals("UPDATE")
                && "text".equals(e.getString("field", null))).findFirst().orElseThrow(() -> new AssertionError(trail));
        assertEquals("Lavere personalegennemstrømning", text.getString("oldValue"));
        assertEquals("Skarpere mål", text.getString("newValue"));
        assertEquals("admin", text.getString("username"));
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("ARCHIVE")
                && "archived".equals(e.getString("field", null)) && e.getString("newValue").equals("true")));
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("CREATE")));
        assertTrue(trail.stream().noneMatch(e -> "Afvist".equals(e.getString("newValue", null))),
                "a refused change leaves no trace");
        assertEquals(405, admin.put("offers/" + f.offer + "/audit", obj("x", 1)).status(), "no way to change it");
    }

    @Test
    void anElementAddedUnderAnotherIsRecordedAsCreatedWithItsValues() {
        PlanFixture f = new PlanFixture(admin, "Ny note");
        long note = PlanFixture.created(admin.post("activities/" + f.activity + "/notes",
                obj("text", "Mødet med pårørende er holdt")));
        List<JsonObject> trail = admin.get("offers/" + f.offer + "/audit?elementType=Note&elementId=" + note)
                .array().getValuesAs(JsonObject.class);
        assertTrue(trail.stream().anyMatch(e -> "text".equals(e.getString("field", null))
                && "Mødet med pårørende er holdt".equals(e.getString("newValue", null))
                && (!e.containsKey("oldValue") || e.isNull("oldValue"))), trail::toString);
        assertTrue(!trail.isEmpty() && trail.stream().allMatch(e -> e.getString("action").equals("CREATE")),
                trail::toString);
    }

    @Test
    void aMoveRecordsBothElementsThatSwappedPlaces() {
        PlanFixture f = new PlanFixture(admin, "Flyt");
        long second = PlanFixture.created(admin.post("goals/" + f.goal + "/activities",
                PlanFixture.activityBody("Anden aktivitet", "2024-09", "2025-summer", null)));
        assertEquals(200, admin.post("activities/" + second + "/move?direction=up", "").status());

        for (long id : new long[] {f.activity, second}) {
            List<JsonObject> trail = admin.get("offers/" + f.offer + "/audit?elementType=Activity&elementId=" + id)
                    .array().getValuesAs(JsonObject.class);
            assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("MOVE")
                    && "position".equals(e.getString("field", null))), () -> id + ": " + trail);
        }
    }

    @Test
    void repeatedFailedSignInsLockTheAccountAndAreRecorded() {
        assertEquals(201, admin.post("users", obj("username", "glemsom", "password", "rigtigt-kodeord-1")).status());
        // A sign-in that passed is remembered for a few minutes (VerifiedSignIns); the lock must end that.
        assertEquals(200, admin.as("glemsom", "rigtigt-kodeord-1").get("me").status());
        Api wrong = admin.as("glemsom", "forkert-kodeord-1");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.get("me").status());
        }
        assertEquals(401, admin.as("glemsom", "rigtigt-kodeord-1").get("me").status(), "locked: even the right"
                + " password is refused for a while");
        List<String> actions = admin.get("audit?username=glemsom").array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertTrue(actions.contains("SIGN_IN_FAILED") && actions.contains("SIGN_IN_LOCKED")
                && actions.contains("SIGN_IN_REFUSED_LOCKED"), actions::toString);

        long id = admin.get("users").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("glemsom")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(200, admin.post("users/" + id + "/reset-password", obj("password", "nyt-midlertidigt-1"))
                .status());
        assertEquals(200, admin.as("glemsom", "nyt-midlertidigt-1").get("me").status(), "a reset lifts the lock");
    }

    @Test
    void parallelWrongGuessesAreAllCountedAndNeverFail() throws Exception {
        assertEquals(201, admin.post("users", obj("username", "maal", "password", "rigtigt-kodeord-2")).status());
        Api wrong = admin.as("maal", "forkert-kodeord-2");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> wrong.get("me").status()));
        }
        for (var answer : answers) {
            assertEquals(401, answer.get());
        }
        pool.shutdown();
        assertEquals(401, admin.as("maal", "rigtigt-kodeord-2").get("me").status(), "8 failures lock the account");
    }

    @Test
    void oddUsernamesAreRefusedCleanlyAndNotStored() {
        Api.Reply reply = admin.as("x".repeat(300), "whatever-password").get("me");
        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.isProblem());
        assertTrue(admin.get("audit?username=" + "x".repeat(300)).array().isEmpty());
    }
}
