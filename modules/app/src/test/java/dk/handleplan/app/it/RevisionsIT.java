package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static dk.handleplan.app.it.PlanFixture.activityBody;
import static dk.handleplan.app.it.PlanFixture.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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

/**
 * Revisions against the packaged WAR: publishing freezes the plan, later edits leave the revision as it
 * was, the comparison finds what was added, changed, completed and archived, and only the offer's
 * aftaleholder (or an administrator) signs a revision off, once.
 */
@ArquillianOnPayaraMicro
class RevisionsIT {

    private static final String DEMO = "demo-handleplan";

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
    void aPublishedRevisionStaysAsItWasAndTheComparisonShowsWhatChangedSince() {
        PlanFixture f = new PlanFixture(admin, "Revisioner");
        Api.Reply published = admin.post("plans/" + f.plan + "/revisions", obj("comment", "Efter tilsynsbesøget"));
        assertEquals(201, published.status(), published::toString);
        JsonObject first = published.json();
        assertEquals(1, first.getInt("number"));
        assertEquals("2025-03-10", first.getString("publishedOn"), "dated today by the fixed clock");
        assertEquals("PUBLISHED", first.getString("status"));
        assertEquals("Efter tilsynsbesøget", first.getString("comment"));
        assertTrue(published.location().endsWith("/api/v1/revisions/" + published.id()), published.location());

        // After the revision: the goal is reworded, the activity completed, a goal added, a note archived.
        long note = created(admin.post("activities/" + f.activity + "/notes", obj("text", "Første note")));
        long version = admin.get("goals/" + f.goal).version();
        assertEquals(200, admin.put("goals/" + f.goal, obj("text", "Personalegennemstrømning under 15 %",
                "expectedEffect", "Stabil personalegruppe", "version", version)).status());
        long activityVersion = admin.get("activities/" + f.activity).version();
        JsonObject complete = Json.createObjectBuilder(activityBody("Ny grundrul", "2024-08", "2025-spring",
                activityVersion)).add("status", "COMPLETED").add("completedOn", "2025-03-01").build();
        assertEquals(200, admin.put("activities/" + f.activity, complete).status());
        long goal = created(admin.post("sections/" + f.section + "/goals", obj("text", "Bedre introduktion",
                "expectedEffect", "Nye bliver")));
        created(admin.post("goals/" + goal + "/activities", activityBody("Introprogram", "2025-Q2", "2025-Q3", null)));

        JsonObject frozen = admin.get("plans/" + f.plan + "/revisions/1").json().getJsonObject("plan");
        JsonObject frozenGoal = frozen.getJsonArray("sections").getJsonObject(0).getJsonArray("goals").getJsonObject(0);
        assertEquals("Lavere personalegennemstrømning", frozenGoal.getString("text"), "the revision is frozen");
        assertEquals(1, frozen.getJsonArray("sections").getJsonObject(0).getJsonArray("goals").size());
        assertEquals("PLANNED", frozenGoal.getJsonArray("activities").getJsonObject(0).getString("status"));

        List<String> sinceFirst = changes(admin.get("plans/" + f.plan + "/revisions/compare?from=1"));
        assertEquals(List.of("GOAL CHANGED text", "ACTIVITY COMPLETED status,completedOn", "NOTE ADDED ",
                "GOAL ADDED ", "ACTIVITY ADDED "), sinceFirst);

        assertEquals(200, admin.delete("notes/" + note).status());
        assertEquals(201, admin.post("plans/" + f.plan + "/revisions", "{}").status());
        List<String> firstToSecond = changes(admin.get("plans/" + f.plan + "/revisions/compare?from=1&to=2"));
        assertEquals(List.of("GOAL CHANGED text", "ACTIVITY COMPLETED status,completedOn", "GOAL ADDED ",
                "ACTIVITY ADDED "), firstToSecond, "the note came and went between the two");
        assertEquals(List.of(), changes(admin.get("plans/" + f.plan + "/revisions/compare?from=2")),
                "nothing changed since the second");

        List<Integer> numbers = admin.get("plans/" + f.plan + "/revisions").array().getValuesAs(JsonObject.class)
                .stream().map(r -> r.getInt("number")).toList();
        assertEquals(List.of(2, 1), numbers, "newest first");
        assertEquals(400, admin.get("plans/" + f.plan + "/revisions/compare?from=2&to=1").status());
        assertEquals(400, admin.get("plans/" + f.plan + "/revisions/compare").status());
        assertEquals(404, admin.get("plans/" + f.plan + "/revisions/9").status());
    }

    @Test
    void onlyTheAftaleholderSignsOffAndEachRevisionIsReviewedOnce() {
        long plan = demoPlan();
        Api leader = admin.as("afdelingsleder", DEMO);
        Api aftaleholder = admin.as("aftaleholder", DEMO);
        Api staff = admin.as("medarbejder", DEMO);
        assertEquals(403, staff.post("plans/" + plan + "/revisions", "{}").status(), "staff do not publish");
        Api.Reply published = leader.post("plans/" + plan + "/revisions", obj("comment", "Kvartalsopdatering"));
        assertEquals(201, published.status(), published::toString);
        long revision = published.id();

        Api.Reply byLeader = leader.post("revisions/" + revision + "/review", obj("decision", "SIGN_OFF",
                "version", published.version()));
        assertEquals(403, byLeader.status(), byLeader::toString);
        Api.Reply noComment = aftaleholder.post("revisions/" + revision + "/review", obj("decision", "SEND_BACK",
                "version", published.version()));
        assertEquals(400, noComment.status(), noComment::toString);
        assertTrue(noComment.body().contains("comment"), noComment.body());
        assertEquals(409, aftaleholder.post("revisions/" + revision + "/review", obj("decision", "SIGN_OFF",
                "version", published.version() + 7)).status(), "a stale version");

        Api.Reply signed = aftaleholder.post("revisions/" + revision + "/review", obj("decision", "SIGN_OFF",
                "comment", "Fint", "version", published.version()));
        assertEquals(200, signed.status(), signed::toString);
        assertEquals("SIGNED_OFF", signed.json().getString("status"));
        assertEquals("Godkendt", signed.json().getString("statusLabel"));
        assertEquals("aftaleholder", signed.json().getString("reviewedBy"));
        assertEquals(409, aftaleholder.post("revisions/" + revision + "/review", obj("decision", "SEND_BACK",
                "comment", "Alligevel ikke", "version", signed.version())).status(), "reviewed once");

        List<JsonObject> trail = admin.get("offers/" + demoOffer() + "/audit?elementType=Revision&elementId=" + revision)
                .array().getValuesAs(JsonObject.class);
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("CREATE")
                && "afdelingsleder".equals(e.getString("username"))), trail::toString);
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("REVIEW")
                && "status".equals(e.getString("field", null)) && "SIGNED_OFF".equals(e.getString("newValue", null))),
                trail::toString);
    }

    @Test
    void publishingRefusesCprNumbersAndTooLongComments() {
        PlanFixture f = new PlanFixture(admin, "Revisionsfejl");
        Api.Reply cpr = admin.post("plans/" + f.plan + "/revisions", obj("comment", "Beboer 010203-1234"));
        assertEquals(400, cpr.status(), cpr::toString);
        Api.Reply tooLong = admin.post("plans/" + f.plan + "/revisions", obj("comment", "x".repeat(4001)));
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals(0, admin.get("plans/" + f.plan + "/revisions").array().size(), "nothing was published");
    }

    private long demoOffer() {
        return admin.get("plans/" + demoPlan()).json().getJsonObject("plan").getJsonNumber("offerId").longValue();
    }

    private long demoPlan() {
        return admin.get("plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").contains("Lærkereden")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    /** "KIND TYPE field,field" per change, in order. */
    private static List<String> changes(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonObject("comparison").getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("kind") + " " + c.getString("type") + " " + String.join(",", c.getJsonArray("fields")
                        .getValuesAs(JsonObject.class).stream().map(x -> x.getString("field")).toList()))
                .toList();
    }
}
