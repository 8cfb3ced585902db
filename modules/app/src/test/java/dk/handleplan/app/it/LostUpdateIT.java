package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lost-update drill: many people save the same element at the same moment, all from the same
 * version. Exactly one wins; everyone else gets 409 and nothing of theirs is stored or audited.
 */
@ArquillianOnPayaraMicro
class LostUpdateIT {

    private static final int EDITORS = 20;

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
    void twentySimultaneousEditsOfAnActivityGiveOneWinnerAndNineteenConflicts() throws Exception {
        PlanFixture f = new PlanFixture(admin, "Samtidig aktivitet");
        String path = "activities/" + f.activity;
        long version = admin.get(path).version();

        Race race = race(path, i -> PlanFixture.activityBody("Redigeret af nummer " + i, "2024-08", "2025-spring",
                version));

        JsonObject stored = admin.get(path).json();
        assertEquals("Redigeret af nummer " + race.winner, stored.getString("description"));
        assertEquals(version + 1, stored.getJsonNumber("version").longValue(), "one change, one version step");
        assertOneAuditedChange(f.offer, "Activity", f.activity, "description", "Redigeret af nummer " + race.winner);
    }

    @Test
    void twentySimultaneousEditsOfAGoalGiveOneWinnerAndNineteenConflicts() throws Exception {
        PlanFixture f = new PlanFixture(admin, "Samtidigt mål");
        String path = "goals/" + f.goal;
        long version = admin.get(path).version();

        Race race = race(path, i -> obj("text", "Mål skrevet af nummer " + i, "expectedEffect", "Stabil personalegruppe",
                "version", version));

        JsonObject stored = admin.get(path).json();
        assertEquals("Mål skrevet af nummer " + race.winner, stored.getString("text"));
        assertEquals(version + 1, stored.getJsonNumber("version").longValue());
        assertOneAuditedChange(f.offer, "Goal", f.goal, "text", "Mål skrevet af nummer " + race.winner);
    }

    private record Race(int winner) {
    }

    /** Sends EDITORS PUTs released together by a barrier; asserts one 200 and the rest 409 problem+json. */
    private Race race(String path, IntFunction<JsonObject> bodyOf) throws Exception {
        CyclicBarrier start = new CyclicBarrier(EDITORS);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < EDITORS; i++) {
                int editor = i;
                Api own = new Api(admin.uri("/")); // its own connection, so the requests really overlap
                replies.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return own.put(path, bodyOf.apply(editor));
                }));
            }
            int winner = -1;
            TreeMap<Integer, Integer> statuses = new TreeMap<>();
            List<String> unexpected = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                Api.Reply reply = replies.get(i).get(120, TimeUnit.SECONDS);
                statuses.merge(reply.status(), 1, Integer::sum);
                if (reply.status() == 200) {
                    winner = i;
                } else if (reply.status() != 409 || !reply.isProblem()) {
                    unexpected.add(reply.toString());
                }
            }
            System.out.println("LostUpdateIT " + path + ": statuses " + statuses);
            assertTrue(unexpected.isEmpty(), () -> "answers other than 200 or 409 problem+json: " + unexpected);
            assertEquals(1, statuses.getOrDefault(200, 0), () -> "exactly one winner: " + statuses);
            assertEquals(EDITORS - 1, statuses.getOrDefault(409, 0), () -> "the rest conflict: " + statuses);
            return new Race(winner);
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertOneAuditedChange(long offer, String type, long id, String field, String newValue) {
        List<JsonObject> changes = admin.get("offers/" + offer + "/audit?elementType=" + type + "&elementId=" + id)
                .array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("UPDATE") && field.equals(e.getString("field", null)))
                .toList();
        assertEquals(1, changes.size(), () -> "one audited change of " + field + ": " + changes);
        assertEquals(newValue, changes.get(0).getString("newValue"));
    }
}
