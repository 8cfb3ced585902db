package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The executable jar as a user runs it: {@code java -jar handleplan.jar --port N}. Starts it on a
 * fresh data folder, writes through the API, stops it, starts it again and finds everything there.
 * Runs on PostgreSQL instead (a fresh database of its own) when HANDLEPLAN_DB_URL is set.
 */
class ExecutableJarIT {

    @Test
    void changesSurviveARestartOfTheExecutableJar() throws Exception {
        ServerProcess server = new ServerProcess("jar").onFreshDatabaseIfPostgreSql("handleplan_jar");
        Api api = server.api();

        long offer;
        long plan;
        long activity;
        try {
            long startedIn = server.start();
            System.out.printf("ExecutableJarIT: ready in %d ms%n", startedIn);
            offer = PlanFixture.created(api.post("offers", obj("name", "Genstart")));
            plan = PlanFixture.created(api.post("plans", obj("offerId", offer, "title", "Plan før genstart")));
            long section = PlanFixture.created(api.post("plans/" + plan + "/sections", obj("theme", "KOMPETENCER",
                    "subject", "Kurser")));
            long goal = PlanFixture.created(api.post("sections/" + section + "/goals", obj("text", "Alle på kursus")));
            activity = PlanFixture.created(api.post("goals/" + goal + "/activities",
                    PlanFixture.activityBody("Kursus i psykiatri", "2025-Q1", "2025-autumn", null)));
            PlanFixture.created(api.post("activities/" + activity + "/notes", obj("text", "Første hold er i gang")));
            assertEquals(200, api.delete("goals/" + goal).status());
        } finally {
            server.stop();
        }

        try {
            server.start();
            assertEquals("Genstart", api.get("offers/" + offer).json().getString("name"));
            var tree = api.get("plans/" + plan + "?archived=true").json();
            var goal = tree.getJsonArray("sections").getJsonObject(0).getJsonArray("goals").getJsonObject(0);
            assertTrue(goal.getBoolean("archived"), "the archive survives a restart");
            var restored = api.get("activities/" + activity).json();
            assertEquals("Kursus i psykiatri", restored.getString("description"));
            assertEquals(1, api.get("activities/" + activity + "/notes").array().size());
        } finally {
            server.stop();
        }
    }
}
