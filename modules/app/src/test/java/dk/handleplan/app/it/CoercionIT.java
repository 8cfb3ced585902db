package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.arr;
import static dk.handleplan.app.it.Api.obj;
import static dk.handleplan.app.it.PlanFixture.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import jakarta.json.JsonObject;
import java.io.File;
import java.nio.file.Path;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coercion cases against the packaged WAR with its fixed clock (Monday 2025-03-10, 12:00 Danish time):
 * registering and the refusals, follow-up steps, who sees details and who counts only, the audit of
 * every detail view, the quarterly report on a worked example (docs/coercion.md), the kinds of measure,
 * the retention rule, and the pages in a headless Chromium (registering, following up, counts only for
 * staff).
 */
@ArquillianOnPayaraMicro
class CoercionIT {

    private static final String DEMO = "demo-handleplan";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    Api admin;
    long demoOffer;
    long ahorn;

    @BeforeEach
    void connect() {
        admin = new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
        JsonObject offer = admin.get("offers").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Bostedet Lærkereden")).findFirst().orElseThrow();
        demoOffer = offer.getJsonNumber("id").longValue();
        ahorn = offer.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("name").equals("Hus Ahorn")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    static JsonObject caseBody(long department, String occurredAt, String kind, String ruleSet, boolean acute,
            String registeredAt, String municipality, String socialtilsyn) {
        return obj("departmentId", department, "occurredAt", occurredAt, "residentRef", "Beboer X",
                "measureKind", kind, "ruleSet", ruleSet, "durationMinutes", 5, "staffCount", 2,
                "staffNames", "To medarbejdere", "acute", acute, "registeredAt", registeredAt,
                "municipalityReportedAt", municipality, "socialtilsynReportedAt", socialtilsyn);
    }

    static JsonObject step(String kind, String date, Long activity) {
        return obj("kind", kind, "date", date, "text", "Gennemført", "who", "Jonas Kragh", "activityId", activity);
    }

    private Api as(String user) {
        return admin.as(user, DEMO);
    }

    @Test
    void theLeaderRegistersACaseAndItsFlagsFollowTheDeadlines() {
        Api leader = as("afdelingsleder");
        Api.Reply reply = leader.post("offers/" + demoOffer + "/coercion-cases", caseBody(ahorn, "2025-03-03T14:30",
                "ACUTE_HOLDING", "ADULT", true, "2025-03-05T09:00", "2025-03-07T10:00", null));
        assertEquals(201, reply.status(), reply::toString);
        assertTrue(reply.location().endsWith("/api/v1/coercion-cases/" + reply.id()), reply.location());
        JsonObject c = reply.json();
        assertEquals("Hus Ahorn", c.getString("departmentName"));
        assertEquals("Fastholdelse eller føren til andet rum (akut)", c.getString("measureKindName"));
        assertEquals("2025-03-04T23:59:59", c.getString("registrationDue"));
        assertEquals("2025-03-06T23:59:59", c.getString("municipalityDue"));
        assertTrue(c.getBoolean("lateRegistration"), "registered two days after");
        assertTrue(c.getBoolean("lateMunicipalityReport"), "sent a day after the three days");
        assertTrue(c.getBoolean("lateSocialtilsynReport"), "not sent, and the deadline has passed");
        assertEquals("LATE", c.getString("reportStatus"));
        assertEquals("2025-03-17", c.getString("followUpDue"));
        assertFalse(c.getBoolean("followUpOverdue"));
        assertEquals(3, c.getJsonArray("missingFollowUps").size());

        long id = reply.id();
        assertEquals(201, leader.post("coercion-cases/" + id + "/follow-ups", step("STAFF_DEBRIEF", "2025-03-04",
                null)).status());
        JsonObject after = leader.get("coercion-cases/" + id).json();
        assertEquals(List.of("RESIDENT_CONVERSATION", "LEADER_ASSESSMENT"), after.getJsonArray("missingFollowUps")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(1, after.getJsonArray("followUps").size());

        JsonObject changed = obj("departmentId", ahorn, "occurredAt", "2025-03-03T14:30", "residentRef", "Beboer X",
                "measureKind", "ACUTE_HOLDING", "ruleSet", "ADULT", "acute", true, "registeredAt", "2025-03-04T08:00",
                "municipalityReportedAt", "2025-03-05T10:00", "socialtilsynReportedAt", "2025-03-05T10:00",
                "version", after.getJsonNumber("version").longValue());
        JsonObject fixed = leader.put("coercion-cases/" + id, changed).json();
        assertFalse(fixed.getBoolean("lateRegistration"));
        assertEquals("ON_TIME", fixed.getString("reportStatus"));
        assertEquals(409, leader.put("coercion-cases/" + id, changed).status(), "a stale version");

        assertEquals(200, leader.delete("coercion-cases/" + id).status());
        assertTrue(leader.get("coercion-cases/" + id).json().getBoolean("archived"), "archived, not deleted");
        assertEquals(409, leader.post("coercion-cases/" + id + "/follow-ups", step("RESIDENT_CONVERSATION",
                "2025-03-05", null)).status());
        assertEquals(200, leader.post("coercion-cases/" + id + "/restore", "").status());
    }

    @Test
    void impossibleCasesAndCprNumbersAreRefusedAndNothingIsSaved() {
        String cases = "offers/" + demoOffer + "/coercion-cases";
        int before = admin.get(cases).array().size();
        Map<String, JsonObject> refused = new java.util.LinkedHashMap<>();
        refused.put("occurredAt", caseBody(ahorn, "2025-03-10T13:00", "ACUTE_HOLDING", "ADULT", true, null, null,
                null));
        refused.put("residentRef", withField(caseBody(ahorn, "2025-03-03T14:30", "ACUTE_HOLDING", "ADULT", true,
                null, null, null), "residentRef", "010190-1234"));
        refused.put("staffNames", withField(caseBody(ahorn, "2025-03-03T14:30", "ACUTE_HOLDING", "ADULT", true,
                null, null, null), "staffNames", "Ali og beboeren 0101901234"));
        refused.put("measureKind", caseBody(ahorn, "2025-03-03T14:30", "NO_SUCH_KIND", "ADULT", true, null, null,
                null));
        refused.put("measureKind ", caseBody(ahorn, "2025-03-03T14:30", "CHILD_HOLDING", "ADULT", true, null, null,
                null));
        refused.put("measureKind  ", caseBody(ahorn, "2024-03-03T14:30", "CAMERA_LOOK_IN", "ADULT", true, null, null,
                null));
        refused.put("durationMinutes", withField(caseBody(ahorn, "2025-03-03T14:30", "ACUTE_HOLDING", "ADULT", true,
                null, null, null), "durationMinutes", -5));
        refused.put("municipalityReportedAt", caseBody(ahorn, "2025-03-03T14:30", "ACUTE_HOLDING", "ADULT", true,
                null, "2025-03-02T10:00", null));
        refused.put("registeredAt", caseBody(ahorn, "2025-03-03T14:30", "ACUTE_HOLDING", "ADULT", true,
                "2025-03-11T08:00", null, null));
        refused.put("departmentId", caseBody(PlanFixture.created(admin.post("offers/" + created(admin.post("offers",
                obj("name", "Et andet bosted"))) + "/departments", obj("name", "Fremmed hus"))), "2025-03-03T14:30",
                "ACUTE_HOLDING", "ADULT", true, null, null, null));
        refused.forEach((field, body) -> {
            Api.Reply reply = admin.post(cases, body);
            assertEquals(400, reply.status(), field + ": " + reply);
            assertTrue(reply.isProblem(), reply::toString);
            assertTrue(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("field").endsWith(field.strip())), field + ": " + reply);
        });
        assertTrue(admin.post(cases, withField(caseBody(ahorn, "2025-03-03T14:30", "ACUTE_HOLDING", "ADULT", true,
                null, null, null), "residentRef", "010190-1234")).body().contains("CPR"));
        assertEquals(before, admin.get(cases).array().size(), "nothing was saved");

        long id = created(admin.post(cases, caseBody(ahorn, "2025-03-03T14:30", "ACUTE_HOLDING", "ADULT", true,
                null, null, null)));
        assertEquals("2025-03-10T12:00:00", admin.get("coercion-cases/" + id).json().getString("registeredAt"),
                "registered now, by the fixed clock");
        String steps = "coercion-cases/" + id + "/follow-ups";
        Map<String, JsonObject> refusedSteps = new java.util.LinkedHashMap<>();
        refusedSteps.put("date", step("RESIDENT_CONVERSATION", "2025-03-02", null));
        refusedSteps.put("date ", step("RESIDENT_CONVERSATION", "2025-03-11", null));
        refusedSteps.put("text", withField(step("RESIDENT_CONVERSATION", "2025-03-04", null), "text",
                "Samtale med 311299-1111 om episoden"));
        refusedSteps.put("activityId", step("PLAN_ACTION", "2025-03-04", null));
        refusedSteps.put("activityId ", step("STAFF_DEBRIEF", "2025-03-04", 1L));
        long foreignActivity = new PlanFixture(admin, "Fremmed plan").activity;
        refusedSteps.put("activityId  ", step("PLAN_ACTION", "2025-03-04", foreignActivity));
        refusedSteps.forEach((field, body) -> {
            Api.Reply reply = admin.post(steps, body);
            assertEquals(400, reply.status(), field + ": " + reply);
            assertTrue(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("field").endsWith(field.strip())), field + ": " + reply);
        });
        assertEquals(0, admin.get(steps).array().size(), "no step was saved");

        long demoActivity = demoActivity();
        Api.Reply action = admin.post(steps, step("PLAN_ACTION", "2025-03-05", demoActivity));
        assertEquals(201, action.status(), action::toString);
        assertEquals(demoActivity, action.json().getJsonNumber("activityId").longValue());
    }

    @Test
    void onlyTheOffersLeadersSeeDetailsEveryoneElseCountsAndEveryViewIsAudited() {
        long id = created(as("afdelingsleder").post("offers/" + demoOffer + "/coercion-cases", caseBody(ahorn,
                "2025-03-07T11:00", "PHYSICAL_GUIDING", "ADULT", true, null, null, null)));
        long step = created(as("afdelingsleder").post("coercion-cases/" + id + "/follow-ups",
                step("STAFF_DEBRIEF", "2025-03-08", null)));
        for (String user : List.of("afdelingsleder", "aftaleholder")) {
            assertEquals(200, as(user).get("coercion-cases/" + id).status(), user);
            assertEquals(200, as(user).get("coercion-follow-ups/" + step).status(), user);
            assertEquals(200, as(user).get("offers/" + demoOffer + "/coercion-cases").status(), user);
        }
        for (String user : List.of("medarbejder", "tilsyn")) {
            Api.Reply details = as(user).get("coercion-cases/" + id);
            assertEquals(403, details.status(), user + ": " + details);
            assertTrue(details.isProblem());
            assertEquals(403, as(user).get("coercion-cases/" + id + "/follow-ups").status(), user);
            assertEquals(403, as(user).get("coercion-follow-ups/" + step).status(), user);
            assertEquals(403, as(user).get("offers/" + demoOffer + "/coercion-cases").status(), user);
            Api.Reply counts = as(user).get("offers/" + demoOffer + "/coercion-report?quarter=2025-Q1");
            assertEquals(200, counts.status(), user + ": " + counts);
            assertFalse(counts.body().contains("Beboer"), "counts only: " + counts.body());
            assertEquals(200, as(user).get("departments/" + ahorn + "/coercion-report").status(), user);
        }
        assertEquals(403, as("aftaleholder").post("coercion-cases/" + id + "/follow-ups",
                step("LEADER_ASSESSMENT", "2025-03-09", null)).status(), "the aftaleholder reads, does not record");
        assertEquals(403, as("medarbejder").post("offers/" + demoOffer + "/coercion-cases", caseBody(ahorn,
                "2025-03-07T11:00", "PHYSICAL_GUIDING", "ADULT", true, null, null, null)).status());

        long hidden = created(admin.post("offers", obj("name", "Skjult bosted")));
        long hiddenHouse = created(admin.post("offers/" + hidden + "/departments", obj("name", "Skjult hus")));
        long hiddenCase = created(admin.post("offers/" + hidden + "/coercion-cases", caseBody(hiddenHouse,
                "2025-03-07T11:00", "PHYSICAL_GUIDING", "ADULT", true, null, null, null)));
        for (String user : List.of("afdelingsleder", "aftaleholder", "medarbejder", "tilsyn")) {
            assertEquals(404, as(user).get("coercion-cases/" + hiddenCase).status(), user);
            assertEquals(404, as(user).get("offers/" + hidden + "/coercion-report").status(), user);
        }

        List<JsonObject> trail = admin.get("offers/" + demoOffer + "/audit?elementType=CoercionCase&elementId=" + id)
                .array().getValuesAs(JsonObject.class);
        for (String user : List.of("afdelingsleder", "aftaleholder")) {
            assertTrue(trail.stream().filter(e -> e.getString("action").equals("VIEW"))
                    .anyMatch(e -> e.getString("username").equals(user)), user + " viewed: " + trail);
        }
        assertTrue(trail.stream().noneMatch(e -> e.getString("action").equals("VIEW")
                && List.of("medarbejder", "tilsyn").contains(e.getString("username"))), "a refused read is no view");
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("CREATE")
                && "residentRef".equals(e.getString("field", null)) && "(skjult)".equals(e.getString("newValue"))),
                "the pseudonym is kept out of the trail: " + trail);
        List<JsonObject> stepTrail = admin.get("offers/" + demoOffer + "/audit?elementType=CoercionFollowUp&elementId="
                + step).array().getValuesAs(JsonObject.class);
        assertTrue(stepTrail.stream().anyMatch(e -> e.getString("action").equals("VIEW")
                && e.getString("username").equals("aftaleholder")), stepTrail::toString);
        assertFalse(admin.get("offers/" + demoOffer + "/audit").body().contains("Beboer X"),
                "no pseudonym anywhere in the trail");
    }

    /** The worked example of docs/coercion.md. */
    @Test
    void theQuarterlyReportCountsTheWorkedExample() {
        long offer = created(admin.post("offers", obj("name", "Rapportbostedet")));
        long house = created(admin.post("offers/" + offer + "/departments", obj("name", "Hus Eg")));
        long other = created(admin.post("offers/" + offer + "/departments", obj("name", "Hus Bøg")));
        String cases = "offers/" + offer + "/coercion-cases";
        long a = created(admin.post(cases, caseBody(house, "2025-01-10T10:00", "ACUTE_HOLDING", "ADULT", true,
                "2025-01-10T12:00", "2025-01-12T09:00", "2025-01-12T09:00")));
        for (String kind : List.of("RESIDENT_CONVERSATION", "STAFF_DEBRIEF", "LEADER_ASSESSMENT")) {
            created(admin.post("coercion-cases/" + a + "/follow-ups", step(kind, "2025-01-14", null)));
        }
        long b = created(admin.post(cases, caseBody(house, "2025-02-03T09:00", "ACUTE_HOLDING", "ADULT", true,
                "2025-02-05T08:00", "2025-02-10T09:00", "2025-02-06T09:00")));
        created(admin.post("coercion-cases/" + b + "/follow-ups", step("STAFF_DEBRIEF", "2025-02-04", null)));
        created(admin.post(cases, caseBody(other, "2025-03-08T20:00", "CHILD_HOLDING", "CHILD", true,
                "2025-03-09T10:00", "2025-03-09T10:00", null)));
        created(admin.post(cases, caseBody(house, "2024-11-20T07:00", "ALARM_TRACKING", "ADULT", false,
                "2024-11-20T09:00", "2024-11-30T09:00", "2024-11-30T09:00")));
        long archived = created(admin.post(cases, caseBody(house, "2025-01-15T10:00", "ACUTE_HOLDING", "ADULT", true,
                null, null, null)));
        assertEquals(200, admin.delete("coercion-cases/" + archived).status());

        JsonObject report = admin.get("offers/" + offer + "/coercion-report?quarter=2025-Q1").json();
        assertEquals("2025-Q1", report.getString("quarter"));
        assertEquals(3, report.getInt("cases"));
        Map<String, Integer> byKind = report.getJsonArray("byKind").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(k -> k.getString("code"), k -> k.getInt("cases")));
        assertEquals(Map.of("ACUTE_HOLDING", 2, "CHILD_HOLDING", 1), byKind);
        assertEquals(2, report.getInt("adult"));
        assertEquals(1, report.getInt("child"));
        assertEquals(3, report.getInt("acute"));
        assertEquals(1, report.getInt("lateRegistrations"));
        assertEquals(1, report.getInt("reportedOnTime"));
        assertEquals(1, report.getInt("reportedLate"));
        assertEquals(1, report.getInt("reportPending"));
        assertEquals(50.0, report.getJsonNumber("reportedOnTimePercent").doubleValue());
        assertEquals(1, report.getInt("fullyFollowedUp"));
        assertEquals(33.3, report.getJsonNumber("fullyFollowedUpPercent").doubleValue());
        assertEquals(2, report.getInt("openFollowUps"));
        List<JsonObject> trend = report.getJsonArray("trend").getValuesAs(JsonObject.class);
        assertEquals(8, trend.size());
        assertEquals("2023-Q2", trend.get(0).getString("quarter"));
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 1, 3), trend.stream().map(q -> q.getInt("cases")).toList());
        assertEquals(1, trend.get(7).getInt("child"));

        JsonObject department = admin.get("departments/" + house + "/coercion-report?quarter=2025-Q1").json();
        assertEquals(2, department.getInt("cases"));
        assertEquals("Hus Eg", department.getString("scope"));
        assertEquals(50.0, department.getJsonNumber("fullyFollowedUpPercent").doubleValue());
        Api.Reply wrong = admin.get("offers/" + offer + "/coercion-report?quarter=2025-Q5");
        assertEquals(400, wrong.status(), wrong::toString);
    }

    @Test
    void administratorsAddAndRetireKindsOfMeasureAndOldCasesKeepTheirKind() {
        Api.Reply kind = admin.post("coercion-measure-kinds", obj("code", "IT_TEST_KIND", "name", "Prøvetype",
                "ruleSets", arr(Json("ADULT")), "validFrom", "2024-01-01"));
        assertEquals(201, kind.status(), kind::toString);
        long id = kind.id();
        assertEquals(403, as("afdelingsleder").post("coercion-measure-kinds", obj("code", "IT_OTHER", "name", "X",
                "ruleSets", arr(Json("ADULT")), "validFrom", "2024-01-01")).status());
        assertEquals(409, admin.post("coercion-measure-kinds", obj("code", "IT_TEST_KIND", "name", "Igen",
                "ruleSets", arr(Json("ADULT")), "validFrom", "2024-01-01")).status());
        long old = created(admin.post("offers/" + demoOffer + "/coercion-cases", caseBody(ahorn, "2024-06-01T10:00",
                "IT_TEST_KIND", "ADULT", true, null, null, null)));

        Api.Reply retired = admin.put("coercion-measure-kinds/" + id, obj("code", "IT_TEST_KIND", "name", "Prøvetype",
                "ruleSets", arr(Json("ADULT")), "validFrom", "2024-01-01", "validTo", "2024-12-31",
                "version", kind.version()));
        assertEquals(200, retired.status(), retired::toString);
        assertEquals(403, as("afdelingsleder").put("coercion-measure-kinds/" + id, obj("code", "IT_TEST_KIND",
                "name", "X", "ruleSets", arr(Json("ADULT")), "validFrom", "2024-01-01", "version",
                retired.version())).status());
        Api.Reply refused = admin.post("offers/" + demoOffer + "/coercion-cases", caseBody(ahorn, "2025-03-01T10:00",
                "IT_TEST_KIND", "ADULT", true, null, null, null));
        assertEquals(400, refused.status(), "retired: " + refused);
        assertEquals("Prøvetype", admin.get("coercion-cases/" + old).json().getString("measureKindName"),
                "the old case keeps its kind");
        assertFalse(as("medarbejder").get("coercion-measure-kinds?ruleSet=ADULT&validOn=2025-03-10").body()
                .contains("IT_TEST_KIND"));
        assertTrue(as("medarbejder").get("coercion-measure-kinds?validOn=2024-06-01").body().contains("IT_TEST_KIND"));
        assertFalse(admin.get("coercion-measure-kinds?ruleSet=CHILD").body().contains("\"ACUTE_HOLDING\""));
        assertEquals(400, admin.get("coercion-measure-kinds?ruleSet=ELDERLY").status());
    }

    @Test
    void theRetentionRuleReducesOldCasesToTheirStatistics() {
        long offer = created(admin.post("offers", obj("name", "Gammelt bosted")));
        long house = created(admin.post("offers/" + offer + "/departments", obj("name", "Hus Lind")));
        String cases = "offers/" + offer + "/coercion-cases";
        JsonObject body = withField(caseBody(house, "2021-01-05T10:00", "ACUTE_HOLDING", "ADULT", true,
                "2021-01-05T12:00", "2021-01-07T09:00", "2021-01-07T09:00"), "residentRef", "Beboer Gammel");
        long expired = created(admin.post(cases, body));
        created(admin.post("coercion-cases/" + expired + "/follow-ups", withField(step("LEADER_ASSESSMENT",
                "2021-01-08", null), "text", "Vurdering med detaljer")));
        long kept = created(admin.post(cases, withField(caseBody(house, "2022-04-01T10:00", "ACUTE_HOLDING", "ADULT",
                true, null, null, null), "residentRef", "Beboer Ny")));

        assertEquals(403, as("afdelingsleder").post("admin/coercion-retention", "").status());
        Api.Reply run = admin.post("admin/coercion-retention", "");
        assertEquals(200, run.status(), run::toString);
        assertEquals("2022-03-10T12:00:00", run.json().getString("olderThan"), "36 months before the fixed clock");
        assertTrue(run.json().getInt("casesReduced") >= 1, run::toString);

        JsonObject reduced = admin.get("coercion-cases/" + expired).json();
        assertTrue(reduced.getBoolean("reduced"));
        assertTrue(reduced.isNull("residentRef"), reduced::toString);
        assertTrue(reduced.isNull("staffNames"), reduced::toString);
        assertEquals("2021-01-05T10:00:00", reduced.getString("occurredAt"));
        assertEquals("ACUTE_HOLDING", reduced.getString("measureKind"));
        assertEquals("ADULT", reduced.getString("ruleSet"));
        assertEquals(house, reduced.getJsonNumber("departmentId").longValue());
        assertEquals("ON_TIME", reduced.getString("reportStatus"));
        JsonObject keptStep = reduced.getJsonArray("followUps").getJsonObject(0);
        assertEquals("LEADER_ASSESSMENT", keptStep.getString("kind"));
        assertEquals("2021-01-08", keptStep.getString("date"));
        assertTrue(keptStep.isNull("text") && keptStep.isNull("who"), keptStep::toString);
        assertEquals("Beboer Ny", admin.get("coercion-cases/" + kept).json().getString("residentRef"));

        assertEquals(409, admin.put("coercion-cases/" + expired, withField(body, "version",
                reduced.getJsonNumber("version").longValue())).status(), "a reduced case no longer changes");
        assertEquals(1, admin.get("offers/" + offer + "/coercion-report?quarter=2021-Q1").json().getInt("cases"),
                "the statistics keep it");
        assertEquals(0, admin.post("admin/coercion-retention", "").json().getInt("casesReduced"), "once only");
        assertFalse(admin.get("offers/" + offer + "/audit").body().contains("Vurdering med detaljer"));
    }

    /**
     * The pages in a real browser: the leader registers a case (a CPR number refused next to the field),
     * sees it listed with its flags, records the three follow-up steps (a plan action without its
     * activity refused) and sees it fully followed up; the staff member sees the counts, no pseudonym,
     * and not the case page. Every page with details was recorded as a view.
     */
    @Test
    void theLeaderRegistersAndFollowsUpACaseInTheBrowserAndStaffSeeCountsOnly() {
        String app = base.toString().replaceAll("/+$", "");
        try (HeadlessChromium chromium = HeadlessChromium.launch()) {
            Page leader = signedIn(chromium, app, "afdelingsleder");
            leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Magtanvendelser").setExact(true)).click();
            leader.waitForURL("**/magtanvendelser");
            leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registrér magtanvendelse")).first()
                    .click();
            leader.waitForURL("**/magtanvendelser/tilbud/" + demoOffer + "/ny");
            leader.getByLabel("Afdeling", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel("Hus Ahorn"));
            leader.getByLabel("Tidspunkt for magtanvendelsen").fill("2025-03-07T10:15");
            leader.getByLabel("Borger (pseudonym eller initialer)").fill("010190-1234");
            leader.getByLabel("Foranstaltning", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel("Fastholdelse eller føren til andet rum (akut)"));
            leader.getByLabel("Varighed (minutter)").fill("3");
            leader.getByLabel("Antal medarbejdere involveret").fill("2");
            leader.getByLabel("Indberettet til kommunen").fill("2025-03-09T09:00");
            leader.waitForNavigation(() -> leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Registrér")).click());
            assertTrue(leader.locator("#m-residentRef-fejl").textContent().contains("CPR-numre"),
                    "the CPR number is refused next to the field");
            assertEquals("2025-03-09T09:00", leader.getByLabel("Indberettet til kommunen").inputValue(),
                    "what was typed stays");
            leader.getByLabel("Borger (pseudonym eller initialer)").fill("Beboer Ø");
            leader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrér")).click();
            leader.waitForURL(Pattern.compile(".*/magtanvendelser/sag/\\d+$"));
            long id = Long.parseLong(leader.url().replaceAll(".*/", ""));
            assertEquals("Magtanvendelse 7. marts 2025 kl. 10.15", leader.locator("h1").textContent().strip());
            String flags = leader.locator("main").textContent();
            assertTrue(flags.contains("Registreret for sent"), "registered on the 10th, due the 8th");
            assertTrue(flags.contains("Indberetning afventer"), "the socialtilsyn's deadline has not passed");
            assertTrue(flags.contains("Opfølgning åben"));

            leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Magtanvendelser").setExact(true))
                    .first().click();
            Locator row = leader.locator("#sag-" + id);
            assertTrue(row.textContent().contains("Beboer Ø") && row.textContent().contains("Hus Ahorn")
                    && row.textContent().contains("Registreret for sent"), row.textContent());
            row.getByRole(AriaRole.LINK).first().click();
            leader.waitForURL("**/magtanvendelser/sag/" + id);

            recordStep(leader, "Indsats i handleplanen", "2025-03-08", "Emnet tages op på personalemødet.", null);
            assertTrue(leader.locator("#t-activity-fejl").textContent().contains("aktivitet"),
                    "a plan action names its activity");
            recordStep(leader, "Opfølgningssamtale med borgeren", "2025-03-08", "Samtale om formiddagen.", null);
            recordStep(leader, "Debriefing med de involverede medarbejdere", "2025-03-08", "Debriefing ved vagtskiftet.",
                    null);
            assertTrue(leader.locator("main").textContent().contains("Opfølgning åben"));
            recordStep(leader, "Lederens vurdering og læring", "2025-03-09", "Nødvendig og kortvarig.",
                    "Mere ro ved morgenmaden.");
            assertTrue(leader.locator("main").textContent().contains("Fuldt fulgt op"));
            assertTrue(leader.locator("main").textContent().contains("Læring: Mere ro ved morgenmaden."));
            screenshot(leader, "magtanvendelse");
            leader.navigate(app + "/magtanvendelser");
            assertTrue(leader.locator("#sag-" + id).textContent().contains("Fuldt fulgt op"));

            Page staff = signedIn(chromium, app, "medarbejder");
            staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Magtanvendelser").setExact(true)).click();
            String counts = staff.locator("main").textContent();
            assertTrue(counts.contains("Magtanvendelser i 2025-Q1"), counts);
            assertFalse(counts.contains("Beboer"), "counts only: " + counts);
            assertEquals(0, staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Registrér magtanvendelse")).count());
            assertEquals(403, staff.navigate(app + "/magtanvendelser/sag/" + id).status());
            staff.navigate(app + "/magtanvendelser/tilbud/" + demoOffer + "/rapport?kvartal=2025-Q1");
            assertFalse(staff.locator("main").textContent().contains("Beboer"));
            assertTrue(staff.locator("table.udvikling").textContent().contains("2025-Q1"));

            List<JsonObject> trail = admin.get("offers/" + demoOffer + "/audit?elementType=CoercionCase&elementId=" + id)
                    .array().getValuesAs(JsonObject.class);
            assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("VIEW")
                    && e.getString("username").equals("afdelingsleder")), "the pages' views are audited: " + trail);
            assertTrue(trail.stream().noneMatch(e -> e.getString("username").equals("medarbejder")), trail::toString);
        }
    }

    private static Page signedIn(HeadlessChromium chromium, String app, String username) {
        BrowserContext context = chromium.newContext();
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.navigate(app + "/login");
        page.getByLabel("Brugernavn", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(DEMO);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        page.waitForURL("**/start");
        return page;
    }

    private static void recordStep(Page page, String kind, String date, String text, String learning) {
        page.getByLabel("Trin", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption()
                .setLabel(kind));
        page.getByLabel("Dato", new Page.GetByLabelOptions().setExact(true)).fill(date);
        page.getByLabel("Hvad skete der").fill(text);
        if (learning != null) {
            page.getByLabel("Læring (valgfri)").fill(learning);
        }
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem trin"))
                .click());
    }

    private static void screenshot(Page page, String name) {
        String folder = System.getProperty("it.screenshots");
        if (folder != null) {
            page.setViewportSize(1280, 900);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name + ".png")).setFullPage(true));
        }
    }

    private long demoActivity() {
        long plan = admin.get("plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").startsWith("Handleplan for Bostedet Lærkereden")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        long section = admin.get("plans/" + plan).json().getJsonArray("sections").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long goal = admin.get("sections/" + section + "/goals").array().getJsonObject(0).getJsonNumber("id").longValue();
        return admin.get("goals/" + goal + "/activities").array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static jakarta.json.JsonValue Json(String text) {
        return jakarta.json.Json.createValue(text);
    }

    private static JsonObject withField(JsonObject body, String field, Object value) {
        var builder = jakarta.json.Json.createObjectBuilder(body);
        if (value instanceof String s) {
            builder.add(field, s);
        } else if (value instanceof Integer n) {
            builder.add(field, n);
        } else if (value instanceof Long n) {
            builder.add(field, n);
        }
        return builder.build();
    }
}
