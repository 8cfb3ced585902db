package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.arr;
import static dk.handleplan.app.it.Api.obj;
import static dk.handleplan.app.it.PlanFixture.activityBody;
import static dk.handleplan.app.it.PlanFixture.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The REST API against the packaged WAR in a real Payara Micro, on the database the build is
 * configured for (embedded H2 by default, PostgreSQL in the postgresql profile). The server's
 * clock is fixed at 2025-03-10 (see the failsafe configuration).
 */
@ArquillianOnPayaraMicro
class ApiIT {

    private static final String TODAY = "2025-03-10";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void connect() throws Exception {
        api = new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
    }

    // --- running ---

    @Test
    void isReadyAndDocumentsEveryEndpoint() {
        assertEquals(200, api.get("/health/ready").status());
        var plans = api.get("plans");
        assertEquals(200, plans.status());
        assertEquals("nosniff", plans.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("no-referrer", plans.headers().firstValue("Referrer-Policy").orElse(null));
        String csp = plans.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline"), csp);
        Api.Reply openapi = api.send(HttpRequest.newBuilder(api.uri("/openapi")).header("Accept", "application/json"));
        assertEquals(200, openapi.status(), openapi::toString);
        for (String path : List.of("/api/v1/offers", "/api/v1/people", "/api/v1/plans", "/api/v1/plans/{id}",
                "/api/v1/plans/{id}/sections", "/api/v1/sections/{id}", "/api/v1/sections/{id}/goals",
                "/api/v1/goals/{id}", "/api/v1/goals/{id}/activities", "/api/v1/activities/{id}",
                "/api/v1/activities/{id}/notes", "/api/v1/activities/{id}/milestones", "/api/v1/plans/{id}/deadlines",
                "/api/v1/notes/{id}", "/api/v1/milestones/{id}", "/api/v1/themes", "/api/v1/plans/{id}/comments",
                "/api/v1/comments/{id}/resolve", "/api/v1/me/calendar", "/api/v1/me/calendar/renew",
                "/api/v1/admin/digest", "/api/v1/plans/{id}/revisions", "/api/v1/revisions/{id}/review",
                "/api/v1/plans/{id}/export", "/api/v1/offers/{id}/plan-imports")) {
            assertTrue(openapi.body().contains("\"" + path + "\""), "OpenAPI lacks " + path);
        }
        assertFalse(openapi.body().contains("\"/planer"), "the pages are not part of the API description");
    }

    @Test
    void demoDataHoldsAPlanShapedLikeARealPostVisitPlan() {
        JsonObject demo = api.get("plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").startsWith("Handleplan for Bostedet Lærkereden"))
                .findFirst().orElseThrow(() -> new AssertionError("no demo plan"));
        JsonObject offer = api.get("offers/" + demo.getInt("offerId")).json();
        List<String> departments = offer.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("name")).toList();
        assertTrue(departments.containsAll(List.of("Hus Ahorn", "Hus Birk")), departments::toString);

        JsonObject tree = api.get("plans/" + demo.getInt("id")).json();
        List<JsonObject> sections = tree.getJsonArray("sections").getValuesAs(JsonObject.class);
        List<JsonObject> goals = sections.stream().flatMap(s -> s.getJsonArray("goals")
                .getValuesAs(JsonObject.class).stream()).toList();
        List<JsonObject> activities = goals.stream().flatMap(g -> g.getJsonArray("activities")
                .getValuesAs(JsonObject.class).stream()).toList();
        Set<String> themes = sections.stream().map(s -> s.getJsonObject("theme").getString("code"))
                .collect(Collectors.toSet());
        assertTrue(themes.size() >= 3, "themes " + themes);
        assertTrue(sections.size() >= 6, "sections " + sections.size());
        assertTrue(goals.size() >= 10, "goals " + goals.size());
        assertTrue(activities.size() >= 20, "activities " + activities.size());
        assertTrue(activities.stream().anyMatch(a -> a.getString("status").equals("COMPLETED")));
        assertTrue(activities.stream().anyMatch(a -> a.getBoolean("overdue")));
        assertTrue(activities.stream().anyMatch(a -> !a.getJsonArray("notes").isEmpty()));
        assertTrue(activities.stream().anyMatch(a -> !a.getJsonArray("milestones").isEmpty()));
        Set<String> kinds = new HashSet<>();
        for (JsonObject a : activities) {
            JsonObject frame = a.getJsonObject("timeFrame");
            for (String end : List.of("start", "end")) {
                if (frame.get(end).getValueType() == JsonValue.ValueType.STRING) {
                    String spec = frame.getString(end);
                    kinds.add(spec.matches("\\d{4}-\\d{2}-\\d{2}") ? "date" : spec.replaceAll("[0-9]", ""));
                }
            }
        }
        assertTrue(kinds.contains("-") && kinds.contains("ongoing") && kinds.contains("-Q"), "period kinds " + kinds);
        assertEquals(activities.stream().filter(a -> a.getBoolean("overdue")).count(),
                tree.getJsonObject("summary").getInt("overdue"));
    }

    // --- create, read, update, archive, restore ---

    @Test
    void createAnswers201WithLocationThatReadsBackTheElement() {
        PlanFixture f = new PlanFixture(api, "Location");
        Api.Reply created = api.post("activities/" + f.activity + "/notes", obj("date", "2025-03-01",
                "text", "Grundrullen er vedtaget ✅ – æøå ÆØÅ <b>fed</b> \"citat\""));
        assertEquals(201, created.status());
        assertNotNull(created.location());
        Api.Reply read = api.send(HttpRequest.newBuilder(URI.create(created.location())).GET());
        assertEquals(200, read.status());
        assertEquals(created.json(), read.json());
        assertEquals("Grundrullen er vedtaget ✅ – æøå ÆØÅ <b>fed</b> \"citat\"", read.json().getString("text"));
    }

    @Test
    void planTreeHoldsEveryLevelInOrderWithDanishTimeFrames() {
        PlanFixture f = new PlanFixture(api, "Tree");
        created(api.post("activities/" + f.activity + "/milestones", obj("title", "Oplæg ved jurist",
                "date", "2025-03-20", "startTime", "13:00", "endTime", "15:00")));
        JsonObject tree = api.get("plans/" + f.plan).json();
        assertEquals("Tree", tree.getString("offerName"));
        assertEquals(TODAY, tree.getString("today"));
        JsonObject section = tree.getJsonArray("sections").getJsonObject(0);
        assertEquals("Organisation og ledelse", section.getJsonObject("theme").getString("name"));
        JsonObject activity = section.getJsonArray("goals").getJsonObject(0).getJsonArray("activities")
                .getJsonObject(0);
        JsonObject frame = activity.getJsonObject("timeFrame");
        assertEquals("Igangsættes august 2024, forventes afsluttet foråret 2025", frame.getString("text"));
        assertEquals("2024-08-01", frame.getString("startDate"));
        assertEquals("2025-05-31", frame.getString("endDate"));
        assertEquals("Aftaleholder og afdelingsleder", activity.getString("responsibleText"));
        assertEquals("20. marts 2025 kl. 13.00-15.00",
                activity.getJsonArray("milestones").getJsonObject(0).getString("text"));
    }

    @Test
    void thePlanTreeAndItsExportsAreNeverStaleAndAnUnchangedTreeAnswers304() {
        PlanFixture f = new PlanFixture(api, "Fresh");
        Api.Reply first = tree(f.plan, null);
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        assertEquals(304, tree(f.plan, etag).status(), "unchanged: not sent again");
        String csv = api.bytes("plans/" + f.plan + "/export?format=csv").text();
        assertTrue(csv.contains("Ny grundrul"), csv);

        // Each kind of write shows at once, in the tree and in the exports.
        created(api.post("activities/" + f.activity + "/notes", obj("text", "Første note efter læsningen")));
        Api.Reply afterNote = tree(f.plan, etag);
        assertEquals(200, afterNote.status(), "a new note changes the tree");
        assertTrue(afterNote.body().contains("Første note efter læsningen"), afterNote::toString);
        String etagAfterNote = afterNote.headers().firstValue("ETag").orElseThrow();
        assertFalse(etag.equals(etagAfterNote));

        long version = api.get("activities/" + f.activity).version();
        assertEquals(200, api.put("activities/" + f.activity, activityBody("Grundrullen er omskrevet", "2024-08",
                "2025-spring", version)).status());
        assertTrue(tree(f.plan, etagAfterNote).body().contains("Grundrullen er omskrevet"));
        String csvAfter = api.bytes("plans/" + f.plan + "/export?format=csv").text();
        assertTrue(csvAfter.contains("Grundrullen er omskrevet") && !csvAfter.contains("Ny grundrul"), csvAfter);

        assertEquals(200, api.delete("activities/" + f.activity).status());
        assertFalse(tree(f.plan, null).body().contains("Grundrullen er omskrevet"), "archived: gone from the tree");
        assertTrue(api.get("plans/" + f.plan + "?archived=true").body().contains("Grundrullen er omskrevet"));
        assertEquals(200, api.post("activities/" + f.activity + "/restore", "").status());
        assertTrue(tree(f.plan, null).body().contains("Grundrullen er omskrevet"), "restored: back");
    }

    private Api.Reply tree(long plan, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("plans/" + plan)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return api.send(request);
    }

    @Test
    void updateWithCurrentVersionChangesAndStaleVersionConflictsWithoutChange() {
        PlanFixture f = new PlanFixture(api, "Versions");
        long version = api.get("activities/" + f.activity).version();
        Api.Reply updated = api.put("activities/" + f.activity, activityBody("Ny grundrul, revideret", "2024-09",
                "2025-Q2", version));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(version + 1, updated.version());
        assertEquals("2025-06-30", updated.json().getJsonObject("timeFrame").getString("endDate"));

        Api.Reply stale = api.put("activities/" + f.activity, activityBody("Forældet ændring", "2024-09",
                "2025-Q2", version));
        assertProblem(stale, 409);
        assertEquals(updated.json(), api.get("activities/" + f.activity).json());
    }

    @Test
    void statusChangesNeedTheirDateOrReason() {
        PlanFixture f = new PlanFixture(api, "Status");
        long version = api.get("activities/" + f.activity).version();
        JsonObject completeWithoutDate = with(activityBody("Ny grundrul", "2024-08", "2025-spring", version),
                "status", "COMPLETED");
        assertField(api.put("activities/" + f.activity, completeWithoutDate), "completedOn");
        JsonObject cancelWithoutReason = with(activityBody("Ny grundrul", "2024-08", "2025-spring", version),
                "status", "CANCELLED");
        assertField(api.put("activities/" + f.activity, cancelWithoutReason), "cancelReason");

        Api.Reply completed = api.put("activities/" + f.activity, with(with(activityBody("Ny grundrul", "2024-08",
                "2025-spring", version), "status", "COMPLETED"), "completedOn", "2025-03-01"));
        assertEquals(200, completed.status(), completed::toString);
        assertEquals("Gennemført", completed.json().getString("statusLabel"));
    }

    @Test
    void archivingHidesAnElementUntilItIsRestoredAndBlocksChangesMeanwhile() {
        PlanFixture f = new PlanFixture(api, "Archive");
        Api.Reply archived = api.delete("sections/" + f.section);
        assertEquals(200, archived.status());
        assertTrue(archived.json().getBoolean("archived"));

        assertTrue(api.get("plans/" + f.plan).json().getJsonArray("sections").isEmpty());
        assertEquals(1, api.get("plans/" + f.plan + "/sections?archived=true").array().size());
        assertTrue(api.get("plans/" + f.plan + "/sections").array().isEmpty());
        JsonObject withArchived = api.get("plans/" + f.plan + "?archived=true").json();
        assertTrue(withArchived.getJsonArray("sections").getJsonObject(0).getBoolean("archived"));

        // The goal under it is kept, but nothing may be added to or changed in the archived branch.
        assertProblem(api.post("sections/" + f.section + "/goals", obj("text", "Nyt mål")), 409);
        long version = api.get("activities/" + f.activity).version();
        assertProblem(api.put("activities/" + f.activity, activityBody("Ændret", "2024-08", "2025-spring",
                version)), 409);
        assertProblem(api.post("activities/" + f.activity + "/notes", obj("text", "Note")), 409);
        assertProblem(api.put("sections/" + f.section, obj("theme", "KOMPETENCER", "subject", "x",
                "version", archived.version())), 409);

        Api.Reply restored = api.post("sections/" + f.section + "/restore", "");
        assertEquals(200, restored.status(), restored::toString);
        assertEquals(archived.version() + 1, restored.version(), "a restore is one change");
        JsonObject tree = api.get("plans/" + f.plan).json();
        assertEquals(1, tree.getJsonArray("sections").getJsonObject(0).getJsonArray("goals").getJsonObject(0)
                .getJsonArray("activities").size());
    }

    @Test
    void activitiesMoveUpAndDown() {
        PlanFixture f = new PlanFixture(api, "Order");
        long second = created(api.post("goals/" + f.goal + "/activities", activityBody("Anden", null, null, null)));
        assertEquals(200, api.post("activities/" + second + "/move?direction=up", "").status());
        List<Long> order = api.get("goals/" + f.goal + "/activities").array().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(second, f.activity), order);
        assertField(api.post("activities/" + second + "/move?direction=sideways", ""), "direction");
    }

    // --- deadlines ---

    @Test
    void deadlinesListOverdueAndUpcomingAsOfTheServersToday() {
        PlanFixture f = new PlanFixture(api, "Deadlines");
        // The fixture's activity ends spring 2025: upcoming only with a window reaching 31 May.
        long overdue = created(api.post("goals/" + f.goal + "/activities", activityBody("Forsinket", "2024-10",
                "2025-02", null)));
        long soon = created(api.post("goals/" + f.goal + "/activities", activityBody("Snart", "2025-01",
                "2025-03-20", null)));
        JsonObject done = with(with(activityBody("Færdig", "2024-10", "2025-01", null), "status", "COMPLETED"),
                "completedOn", "2025-01-20");
        created(api.post("goals/" + f.goal + "/activities", done));
        long ongoing = created(api.post("goals/" + f.goal + "/activities", activityBody("Løbende", "2024-10",
                "ongoing", null)));
        created(api.post("activities/" + ongoing + "/milestones", obj("title", "Kursus", "date", "2025-03-15")));

        List<JsonObject> overdueList = api.get("plans/" + f.plan + "/deadlines?status=overdue").array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(overdue), ids(overdueList, "activityId"));
        assertEquals(-10, overdueList.get(0).getInt("daysLeft")); // 28 February to 10 March

        List<JsonObject> upcoming = api.get("plans/" + f.plan + "/deadlines?status=upcoming&days=14").array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(ongoing, soon), ids(upcoming, "activityId"));
        assertEquals("MILESTONE", upcoming.get(0).getString("kind"));
        assertEquals(4, api.get("plans/" + f.plan + "/deadlines?days=90").array().size());

        assertField(api.get("plans/" + f.plan + "/deadlines?days=abc"), "days");
        assertField(api.get("plans/" + f.plan + "/deadlines?days=999"), "days");
        assertField(api.get("plans/" + f.plan + "/deadlines?status=late"), "status");
        assertProblem(api.get("plans/987654321/deadlines"), 404);
    }

    // --- bad input ---

    @Test
    void badInputGetsADocumentedProblemAndChangesNothing() {
        PlanFixture f = new PlanFixture(api, "Bad input");
        String before = api.get("plans/" + f.plan + "?archived=true").body();
        long version = api.get("activities/" + f.activity).version();
        String activity = "activities/" + f.activity;
        String goals = "sections/" + f.section + "/goals";

        assertProblem(api.post(goals, "{\"text\": \"unfinished"), 400);
        assertProblem(api.post(goals, "[1, 2, 3]"), 400);
        assertProblem(api.post(goals, "{\"text\": \"Mål\", \"colour\": \"green\"}"), 400);
        assertProblem(api.put(activity, "{\"description\": \"x\", \"version\": \"seven\"}"), 400);
        assertProblem(api.post(goals, ""), 400);
        assertField(api.post(goals, obj("expectedEffect", "Ingen tekst")), "text");
        assertField(api.post(goals, obj("text", "   ")), "text");
        assertField(api.post(goals, obj("text", "x".repeat(4001))), "text");
        assertField(api.post("offers", obj("name", "n".repeat(201))), "name");
        assertField(api.put(activity, activityBody("Ny grundrul", "2024-08", "2025-Q5", version)), "timeFrame.end");
        assertField(api.put(activity, activityBody("Ny grundrul", "2025-13", "2025-Q4", version)), "timeFrame.start");
        assertField(api.put(activity, activityBody("Ny grundrul", "2025-06", "2025-spring", version)),
                "timeFrame.end");
        assertField(api.put(activity, activityBody("Ny grundrul", "2024-08", "2025-02-30", version)),
                "timeFrame.end");
        assertField(api.put(activity, obj("description", "x", "version", version, "responsible",
                arr(obj("personId", f.person, "role", "TR")))), "responsible[0]");
        assertField(api.put(activity, obj("description", "x", "version", version, "responsible",
                arr(obj("personId", 987654321L)))), "responsible");
        assertField(api.put(activity, obj("description", "x")), "version");
        long outsider = created(api.post("people", obj("name", "Uden rolle i tilbuddet")));
        assertField(api.put(activity, obj("description", "x", "version", version, "responsible",
                arr(obj("personId", outsider)))), "responsible");
        assertField(api.post("plans/" + f.plan + "/sections", obj("theme", "NO_SUCH_THEME", "subject", "x")),
                "theme");
        assertField(api.post("plans", obj("offerId", 987654321L, "title", "x")), "offerId");
        assertField(api.post("plans", obj("offerId", f.offer, "title", "x", "visitDate", "2025-02-01",
                "reportDate", "2025-01-01")), "reportDate");
        assertField(api.post("activities/" + f.activity + "/notes", obj("text", "Fremtid", "date", "2025-04-01")),
                "date");
        assertField(api.post("activities/" + f.activity + "/milestones", obj("title", "x", "date", "2025-04-01",
                "endTime", "10:00")), "startTime");
        assertProblem(api.post("plans", obj("offerId", f.offer, "title", "x", "visitDate", "2025-02-31")), 400);
        assertField(api.post(goals, obj("text", "Borger 010203-1234 skal have en plan")), "text");
        assertField(api.post("activities/" + f.activity + "/notes", obj("text", "Samtale med 0102031234")), "text");
        assertField(api.put(activity, obj("description", "x", "documentation", "Journal for 311299-4321",
                "version", version)), "documentation");

        assertProblem(api.get("goals/987654321"), 404);
        assertProblem(api.put("goals/987654321", obj("text", "x", "version", 1)), 404);
        assertProblem(api.post("goals/987654321/activities", activityBody("x", null, null, null)), 404);
        assertProblem(api.get("no-such-resource"), 404);
        assertProblem(api.send(HttpRequest.newBuilder(api.uri(goals)).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("text=Mål"))), 415);
        String huge = "{\"text\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        assertProblem(api.post(goals, huge), 413);
        assertProblem(api.send(HttpRequest.newBuilder(api.uri(goals)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(StandardCharsets.UTF_8))))), 413);

        assertEquals(before, api.get("plans/" + f.plan + "?archived=true").body(), "bad input changed the plan");
    }

    @Test
    void twentyParallelUpdatesWithTheSameVersionHaveExactlyOneWinner() throws Exception {
        PlanFixture f = new PlanFixture(api, "Parallel");
        long version = api.get("activities/" + f.activity).version();
        int clients = 20;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String text = "Udgave " + i;
            Callable<Api.Reply> edit = () -> {
                start.await();
                return api.put("activities/" + f.activity, activityBody(text, "2024-08", "2025-spring", version));
            };
            replies.add(pool.submit(edit));
        }
        start.countDown();
        List<Api.Reply> answers = new ArrayList<>();
        for (Future<Api.Reply> reply : replies) {
            answers.add(reply.get());
        }
        pool.shutdown();
        List<Api.Reply> winners = answers.stream().filter(r -> r.status() == 200).toList();
        assertEquals(1, winners.size(), () -> answers.toString());
        assertEquals(clients - 1, answers.stream().filter(r -> r.status() == 409 && r.isProblem()).count());
        JsonObject stored = api.get("activities/" + f.activity).json();
        assertEquals(winners.get(0).json(), stored);
        assertEquals(version + 1, stored.getJsonNumber("version").longValue());
    }

    // --- helpers ---

    private static JsonObject with(JsonObject object, String key, String value) {
        return jakarta.json.Json.createObjectBuilder(object).add(key, value).build();
    }

    private static List<Long> ids(List<JsonObject> objects, String key) {
        return objects.stream().map(o -> o.getJsonNumber(key).longValue()).toList();
    }

    // --- monitoring ---

    /** Hus Ahorn's figures of docs/monitoring.md, moved to 2023 (the same quarter lengths as 2025). */
    private static JsonObject quarterOf(String quarter, double employmentDays, int resigned, int internalMoves,
            int retired, int sick, int parental, double planned, double internalTemp, double externalTemp) {
        return obj("quarter", quarter, "employmentDays", employmentDays, "resigned", resigned, "internalMoves",
                internalMoves, "retired", retired, "sickDays", sick, "parentalLeaveDays", parental, "plannedHours",
                planned, "internalTempHours", internalTemp, "externalTempHours", externalTemp);
    }

    @Test
    void staffFiguresGiveTheKeyFiguresOfTheWorkedExample() {
        PlanFixture f = new PlanFixture(api, "Nøgletal");
        String figures = "departments/" + f.department + "/staff-figures";
        created(api.post(figures, quarterOf("2023-Q1", 1862, 1, 0, 0, 38, 45, 7400, 300, 250)));
        created(api.post(figures, quarterOf("2023-Q2", 1957, 1, 1, 0, 30, 20, 7600, 200, 100)));
        created(api.post(figures, quarterOf("2023-Q3", 2024, 0, 0, 0, 25, 0, 7700, 400, 300)));
        long q4 = created(api.post(figures, quarterOf("2023-Q4", 1932, 2, 0, 1, 60, 10, 7300, 350, 200)));

        JsonObject year = api.get("departments/" + f.department + "/key-figures?quarter=2023-Q4").json()
                .getJsonObject("rollingYear");
        assertEquals(4, year.getJsonArray("quarters").size());
        assertEquals(23.47, year.getJsonNumber("turnoverPercent").doubleValue(), 0.001, "internal moves not counted");
        assertEquals(11, year.getInt("sickLeaveTilbudsportalenDays"));
        assertEquals(5.13, year.getJsonNumber("sickLeaveMunicipalDaysPerFte").doubleValue(), 0.001);
        assertEquals(2.26, year.getJsonNumber("sickLeaveMunicipalPercent").doubleValue(), 0.001);
        assertEquals(6.54, year.getJsonNumber("tempSharePercent").doubleValue(), 0.001);
        JsonObject first = api.get("departments/" + f.department + "/key-figures?quarter=2023-Q1").json()
                .getJsonObject("quarterFigures");
        assertEquals(4.83, first.getJsonNumber("turnoverPercent").doubleValue(), 0.001);
        assertEquals(16, first.getInt("sickLeaveTilbudsportalenDays"));
        assertEquals(year, api.get("offers/" + f.offer + "/key-figures?quarter=2023-Q4").json()
                .getJsonObject("rollingYear"), "one department: the offer's figures are the department's");

        // Refused with a clear message, nothing changed
        assertField(api.post(figures, quarterOf("2023-Q5", 1, 0, 0, 0, 0, 0, 0, 0, 0)), "quarter");
        assertField(api.post(figures, quarterOf("2025-Q3", 1, 0, 0, 0, 0, 0, 0, 0, 0)), "quarter");
        assertField(api.post(figures, quarterOf("2022-Q4", 900, 0, 0, 0, -1, 0, 0, 0, 0)), "sickDays");
        assertField(api.post(figures, quarterOf("2022-Q4", 900, 0, 0, 0, 800, 200, 0, 0, 0)), "sickDays");
        assertField(api.post(figures, obj("quarter", "2022-Q4", "sickDays", 1)), "employmentDays");
        assertProblem(api.post(figures, quarterOf("2023-Q4", 1932, 0, 0, 0, 0, 0, 0, 0, 0)), 409);
        long version = api.get("staff-figures/" + q4).version();
        JsonObject corrected = quarterOf("2023-Q4", 1932, 2, 0, 1, 61, 10, 7300, 350, 200);
        assertEquals(200, api.put("staff-figures/" + q4, withVersion(corrected, version)).status());
        assertProblem(api.put("staff-figures/" + q4, withVersion(corrected, version)), 409);
        assertField(api.put("staff-figures/" + q4, withVersion(quarterOf("2023-Q3", 1932, 0, 0, 0, 0, 0, 0, 0, 0),
                version + 1)), "quarter");
        assertEquals(4, api.get(figures).array().size());
        assertEquals(404, api.as("afdelingsleder", "demo-handleplan").post(figures,
                quarterOf("2022-Q4", 900, 0, 0, 0, 0, 0, 0, 0, 0)).status(), "another offer's department");
    }

    private static JsonObject withVersion(JsonObject body, long version) {
        return Json.createObjectBuilder(body).add("version", version).build();
    }

    // --- comments ---

    @Test
    void theAftaleholderCommentsAndTheLeaderResolves() {
        Api aftaleholder = api.as("aftaleholder", "demo-handleplan");
        Api leader = api.as("afdelingsleder", "demo-handleplan");
        JsonObject demoPlan = aftaleholder.get("plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").startsWith("Handleplan for Bostedet Lærkereden")).findFirst()
                .orElseThrow();
        long plan = demoPlan.getJsonNumber("id").longValue();
        long goal = aftaleholder.get("plans/" + plan).json().getJsonArray("sections").getJsonObject(0)
                .getJsonArray("goals").getJsonObject(0).getJsonNumber("id").longValue();

        Api.Reply made = aftaleholder.post("plans/" + plan + "/comments", obj("text",
                "Målet bør være målbart: hvor mange vikartimer?", "target", "GOAL", "targetId", goal));
        assertEquals(201, made.status(), made::toString);
        long comment = made.id();
        assertEquals("aftaleholder", made.json().getString("author"));
        assertTrue(leader.get("plans/" + plan + "/comments?open=true").body().contains("vikartimer"));

        JsonObject resolved = leader.post("comments/" + comment + "/resolve", "").json();
        assertEquals("afdelingsleder", resolved.getString("resolvedBy"));
        assertFalse(leader.get("plans/" + plan + "/comments?open=true").body().contains("vikartimer"));
        assertProblem(leader.delete("comments/" + comment), 403); // only its author archives it
        assertEquals(200, aftaleholder.delete("comments/" + comment).status());

        PlanFixture other = new PlanFixture(api, "Kommentar");
        assertField(aftaleholder.post("plans/" + plan + "/comments", obj("text", "Forkert plan", "target", "GOAL",
                "targetId", other.goal)), "targetId");
        assertField(aftaleholder.post("plans/" + plan + "/comments", obj("text", "Borger 010203-1234 klagede")),
                "text");
        assertProblem(api.as("medarbejder", "demo-handleplan").get("plans/" + plan + "/comments"), 403);
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), () -> "not problem+json: " + reply);
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), reply::toString);
    }

    private static void assertField(Api.Reply reply, String field) {
        assertProblem(reply, 400);
        List<String> fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.contains(field), () -> "expected an error on " + field + ": " + reply);
    }
}
