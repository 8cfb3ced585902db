package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static dk.handleplan.app.it.PlanFixture.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Monitoring through the API and pages: the CSV import of staff figures (preview, all or nothing,
 * access, the documented example file), the trend charts as SVG, the aftaleholder's comparison of
 * departments, benchmarks and targets with their statuses, the annual key figures, and a plan goal
 * linked to a figure. Each test works on an
 * offer of its own, so the demo departments' figures (which other tests enter) stay untouched.
 */
@ArquillianOnPayaraMicro
class MonitoringIT {

    private static final String DEMO = "demo-handleplan";
    private static final String HEADER = "afdeling;kvartal;ansatte_start;ansatte_slut;nyansatte;sagt_op;sygedage;"
            + "barselsdage;planlagte_timer;vikartimer_interne\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    private Api admin;

    @BeforeEach
    void connect() {
        admin = new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
    }

    private long offerWith(String name, String... departments) {
        long offer = created(admin.post("offers", obj("name", name)));
        for (String department : departments) {
            created(admin.post("offers/" + offer + "/departments", obj("name", department)));
        }
        return offer;
    }

    private long department(long offer, String name) {
        return admin.get("offers/" + offer + "/departments").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long demoOffer() {
        return admin.get("offers").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Bostedet Lærkereden")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    static Api.Reply postCsv(Api api, String path, byte[] csv) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    }

    private static Api.Reply postCsv(Api api, String path, String csv) {
        return postCsv(api, path, csv.getBytes(StandardCharsets.UTF_8));
    }

    private int stored(long department) {
        return admin.get("departments/" + department + "/staff-figures").array().size();
    }

    @Test
    void theExampleFileImportsCleanly() throws Exception {
        long offer = offerWith("Eksempeltilbud", "Hus Ahorn", "Hus Birk");
        byte[] example = Files.readAllBytes(Path.of("../../docs/examples/staff-figures-2024.csv"));
        JsonObject preview = postCsv(admin, "offers/" + offer + "/staff-figures/import?dryRun=true", example).json();
        assertTrue(preview.getBoolean("valid"), preview.toString());
        assertFalse(preview.getBoolean("saved"));
        assertEquals(0, stored(department(offer, "Hus Ahorn")), "a dry run saves nothing");

        Api.Reply saved = postCsv(admin, "offers/" + offer + "/staff-figures/import", example);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(8, saved.json().getInt("rowCount"));
        assertEquals(4, stored(department(offer, "Hus Ahorn")));
        assertEquals(4, stored(department(offer, "Hus Birk")));
        // The same file again: every row exists already, so 409 and nothing more saved.
        Api.Reply again = postCsv(admin, "offers/" + offer + "/staff-figures/import", example);
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.isProblem());
        assertEquals(4, stored(department(offer, "Hus Ahorn")));
        // Hus Ahorn's 2024 rolling year from the imported figures (5 leavers without the internal move)
        JsonObject year = admin.get("departments/" + department(offer, "Hus Ahorn") + "/key-figures?quarter=2024-Q4")
                .json().getJsonObject("rollingYear");
        assertEquals(4, year.getJsonArray("quarters").size());
        assertEquals(5 / (7775.0 / 366) * 100, year.getJsonNumber("turnoverPercent").doubleValue(), 0.01);
    }

    @Test
    void aDryRunShowsEachRowsProblemsAndSavesNothing() {
        long offer = offerWith("Tilbud med fejl", "Hus Ask", "Hus Eg");
        String csv = "\uFEFF" + HEADER
                + "Hus Ask;2024-Q1;10;10;0;0;5;0;4000;100\n"
                + "Hus Eg;2024-Q5;10;10;0;0;5;0;4000;100\n"
                + "Hus Eg;2024-Q2;10;10;0;0;5000;0;4000;100\n"
                + "Hus Ukendt;2024-Q2;10;10;0;0;5;0;4000;100\n"
                + "Hus Ask;2024-Q2;10;10;0;-1;5;0;4000;100\n";
        Api.Reply reply = postCsv(admin, "offers/" + offer + "/staff-figures/import?dryRun=true", csv);
        assertEquals(200, reply.status(), reply.toString());
        JsonObject preview = reply.json();
        assertFalse(preview.getBoolean("valid"));
        List<JsonObject> rows = preview.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(5, rows.size());
        assertTrue(rows.get(0).getJsonArray("problems").isEmpty());
        assertProblem(rows.get(1), 3, "kvartal", "Skriv kvartalet som fx 2025-Q1.");
        assertProblem(rows.get(2), 4, "sygedage", "Flere fraværsdage (sygdom og barsel) end ansættelsesdage i kvartalet.");
        assertProblem(rows.get(3), 5, "afdeling", "Tilbuddet har ingen aktiv afdeling, der hedder \"Hus Ukendt\".");
        assertProblem(rows.get(4), 6, "sagt_op", "Må ikke være negativ.");
        assertEquals(0, stored(department(offer, "Hus Ask")));

        // Without dryRun: refused as a whole, naming each row, and still nothing saved.
        Api.Reply refused = postCsv(admin, "offers/" + offer + "/staff-figures/import", csv);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.isProblem());
        assertTrue(refused.body().contains("line 4.sygedage"), refused.body());
        assertEquals(0, stored(department(offer, "Hus Ask")));
        assertEquals(0, stored(department(offer, "Hus Eg")));
    }

    private static void assertProblem(JsonObject row, int line, String column, String danish) {
        JsonObject problem = row.getJsonArray("problems").getJsonObject(0);
        assertEquals(line, problem.getInt("line"), row.toString());
        assertEquals(column, problem.getString("column"), row.toString());
        assertEquals(danish, problem.getString("danish"), row.toString());
        assertFalse(problem.getString("message").isBlank());
    }

    @Test
    void aValidFileSavesEveryRowInOneGoAndByIdToo() {
        long offer = offerWith("Tilbud med gyldig fil", "Hus Lind", "Hus Pil");
        long pil = department(offer, "Hus Pil");
        String csv = HEADER.replace(';', ',') + "hus lind,2024-Q3,8,9,1,0,4,0,\"3000,5\",50\n"
                + pil + ",2024-Q3,5,5,0,1,2,10,2000,0\n";
        Api.Reply reply = postCsv(admin, "offers/" + offer + "/staff-figures/import", csv);
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.json().getBoolean("saved"));
        JsonObject lind = admin.get("departments/" + department(offer, "Hus Lind") + "/staff-figures").array()
                .getJsonObject(0);
        assertEquals(3000.5, lind.getJsonNumber("plannedHours").doubleValue(), 1e-9);
        assertEquals(1, stored(pil));
        // Audited per quarter saved, as if typed in
        assertTrue(admin.get("offers/" + offer + "/audit").body().contains("StaffFigures"));
    }

    @Test
    void onlyTheOffersLeadersAndAdministratorsImport() {
        long demo = demoOffer();
        String csv = HEADER + "Hus Ahorn;2023-Q1;10;10;0;0;5;0;4000;100\n";
        String path = "offers/" + demo + "/staff-figures/import?dryRun=true";
        assertEquals(200, postCsv(admin.as("afdelingsleder", DEMO), path, csv).status());
        for (String role : List.of("aftaleholder", "medarbejder", "tilsyn")) {
            Api.Reply reply = postCsv(admin.as(role, DEMO), path, csv);
            assertEquals(403, reply.status(), role + ": " + reply);
        }
        long other = offerWith("Fremmed tilbud", "Hus X");
        assertEquals(404, postCsv(admin.as("afdelingsleder", DEMO), "offers/" + other
                + "/staff-figures/import?dryRun=true", csv).status());
        assertEquals(401, postCsv(admin.anonymous(), path, csv).status());
        Api.Reply tooLarge = postCsv(admin, path, new byte[2 * 1024 * 1024]);
        assertEquals(413, tooLarge.status());
    }

    @Test
    void theLeaderPreviewsAndSavesAFileOnThePage() throws Exception {
        long demo = demoOffer();
        long department = created(admin.post("offers/" + demo + "/departments", obj("name", "Hus Import")));
        WebSession leader = WebSession.signIn(URI.create(admin.uri("/").toString()), "afdelingsleder", DEMO);
        String page = "noegletal/tilbud/" + demo + "/import";
        assertEquals(200, leader.get(page).statusCode());

        var refused = leader.form(page, "_csrf", leader.token(), "handling", "vis", "csv", HEADER
                + "Hus Import;2024-Q1;10;10;0;0;5;0;4000;100\nHus Import;2024-Q2;10;10;0;0;5000;0;4000;100\n");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("sygedage: Flere fraværsdage (sygdom og barsel) end ansættelsesdage i kvartalet."),
                refused.body());
        assertTrue(refused.body().contains("1 af 2 rækker har fejl"), refused.body());
        assertFalse(refused.body().contains("Gem alle"), "no saving while a row has an error");
        assertEquals(0, stored(department));

        String valid = HEADER + "Hus Import;2024-Q1;10;10;0;0;5;0;4000;100\nHus Import;2024-Q2;10;10;0;0;7;0;4000,5;100\n";
        var preview = leader.form(page, "_csrf", leader.token(), "handling", "vis", "csv", valid);
        assertEquals(200, preview.statusCode());
        assertTrue(preview.body().contains("Gem alle 2 rækker"), preview.body());
        assertEquals(0, stored(department), "a preview saves nothing");
        var saved = leader.form(page, "_csrf", leader.token(), "handling", "gem", "csv", valid);
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(saved.headers().firstValue("Location").orElse("").endsWith("/noegletal/tilbud/" + demo
                + "?importeret=2"), saved.headers().map().toString());
        assertEquals(2, stored(department));
        assertTrue(leader.get("noegletal/tilbud/" + demo + "?importeret=2").body().contains("2 rækker er indlæst og gemt."));

        WebSession holder = WebSession.signIn(URI.create(admin.uri("/").toString()), "aftaleholder", DEMO);
        assertEquals(403, holder.get(page).statusCode());
        assertFalse(holder.get("noegletal/tilbud/" + demo).body().contains("Indlæs tal fra en fil"));
    }

    @Test
    void chartsAreSvgForReadersAndNotFoundForOthers() throws Exception {
        long offer = offerWith("Tilbud med grafer", "Hus Ærø");
        long department = department(offer, "Hus Ærø");
        postCsv(admin, "offers/" + offer + "/staff-figures/import", HEADER
                + "Hus Ærø;2024-Q3;10;10;0;1;5;0;4000;100\nHus Ærø;2024-Q4;10;11;1;0;8;0;4000;300\n");
        Api.Reply chart = admin.get("/noegletal/afdeling/" + department + "/graf/personalegennemstroemning.svg?kvartal=2024-Q4");
        assertEquals(200, chart.status(), chart.toString());
        assertTrue(chart.contentType().startsWith("image/svg+xml"), chart.contentType());
        assertEquals("no-store", chart.headers().firstValue("Cache-Control").orElse(""));
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(chart.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("img", svg.getDocumentElement().getAttribute("role"));
        assertTrue(svg.getDocumentElement().getAttribute("aria-label").contains("Personalegennemstrømning, Hus Ærø"));
        String desc = svg.getElementsByTagName("desc").item(0).getTextContent();
        assertTrue(desc.contains("Kvartalet: 2023-Q1 ingen tal;") && desc.contains("2024-Q3 10,0 %"), desc);
        for (String figure : List.of("sygefravaer-tilbudsportalen", "sygefravaer-kommunal", "vikarandel")) {
            assertEquals(200, admin.get("/noegletal/afdeling/" + department + "/graf/" + figure + ".svg").status(), figure);
            assertEquals(200, admin.get("/noegletal/tilbud/" + offer + "/graf/" + figure + ".svg").status(), figure);
        }
        assertEquals(404, admin.get("/noegletal/afdeling/" + department + "/graf/ukendt.svg").status());
        // The demo users read their own offer's charts, not this offer's.
        Api holder = admin.as("aftaleholder", DEMO);
        long demoDepartment = department(demoOffer(), "Hus Ahorn");
        assertEquals(200, holder.get("/noegletal/afdeling/" + demoDepartment + "/graf/vikarandel.svg").status());
        assertEquals(404, holder.get("/noegletal/afdeling/" + department + "/graf/vikarandel.svg").status());
        assertEquals(404, holder.get("/noegletal/tilbud/" + offer + "/graf/vikarandel.svg").status());
        // The page shows the charts with their tables.
        String page = admin.get("/noegletal/afdeling/" + department + "?kvartal=2024-Q4").body();
        assertTrue(page.contains("/noegletal/afdeling/" + department + "/graf/personalegennemstroemning.svg?kvartal=2024-Q4"), page);
        assertTrue(page.contains("<caption>Personalegennemstrømning, Hus Ærø pr. kvartal</caption>"), page);
        assertTrue(page.contains("<th scope=\"row\">2024-Q4</th>"), page);
        // In the comparison, a rolling year of two quarters says so.
        String comparison = admin.get("/noegletal/sammenligning?kvartal=2024-Q4").body();
        int row = comparison.indexOf(">Hus Ærø</a>");
        assertTrue(row > 0, comparison);
        assertTrue(comparison.substring(row, comparison.indexOf("</tr>", row)).contains("2 af 4 kvartaler"), comparison);
    }

    @Test
    void theAftaleholderComparesTheirDepartmentsAndDrillsDown() {
        long demo = demoOffer();
        offerWith("Skjult sammenligning", "Hus Skjult");
        Api holder = admin.as("aftaleholder", DEMO);
        Api.Reply page = holder.get("/noegletal/sammenligning?kvartal=2024-Q4");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("Bostedet Lærkereden"), page.body());
        long ahorn = department(demo, "Hus Ahorn");
        assertTrue(page.body().contains("href=\"/noegletal/afdeling/" + ahorn + "?kvartal=2024-Q4\""), page.body());
        assertTrue(page.body().contains("I alt Bostedet Lærkereden"), page.body());
        assertFalse(page.body().contains("Skjult sammenligning"), "only offers the caller reads");
        assertTrue(admin.get("/noegletal/sammenligning?kvartal=2024-Q4").body().contains("Skjult sammenligning"));
    }

    @Test
    void theComparisonOfAHundredDepartmentsIsTimed() {
        int departments = 100;
        long offer = created(admin.post("offers", obj("name", "Stort tilbud")));
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= departments; i++) {
            created(admin.post("offers/" + offer + "/departments", obj("name", "Afdeling " + i)));
            for (String q : List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")) {
                csv.append("Afdeling ").append(i).append(';').append(q).append(";10;11;1;").append(i % 3).append(";")
                        .append(i % 20).append(";0;4000;").append(i * 3).append('\n');
            }
        }
        Api.Reply imported = postCsv(admin, "offers/" + offer + "/staff-figures/import", csv.toString());
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(400, imported.json().getInt("rowCount"));
        List<Long> millis = new ArrayList<>();
        String body = "";
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            Api.Reply page = admin.get("/noegletal/sammenligning?kvartal=2024-Q4");
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, page.status());
            body = page.body();
        }
        assertTrue(body.contains("Afdeling 100"));
        List<Long> warm = new ArrayList<>(millis.subList(1, millis.size()));
        warm.sort(null);
        System.out.printf("MonitoringIT: comparison page with %d departments (plus the demo offers'): first %d ms,"
                + " then median %d ms (runs %s)%n", departments, millis.get(0), warm.get(warm.size() / 2), millis);
    }

    /** Four quarters of 10 staff, 2 leavers in the year: turnover 20 % for the rolling year 2024-Q4. */
    private void enterYear(long department) {
        int[] leavers = {1, 0, 1, 0};
        String[] quarters = {"2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"};
        for (int i = 0; i < 4; i++) {
            created(admin.post("departments/" + department + "/staff-figures", obj("quarter", quarters[i],
                    "headcountStart", 10, "headcountEnd", 10, "resigned", leavers[i], "hires", leavers[i],
                    "sickDays", 30, "plannedHours", 3700.0, "internalTempHours", 100.0)));
        }
    }

    @Test
    void aTargetAndBenchmarksGiveEachFigureItsStatus() {
        PlanFixture f = new PlanFixture(admin, "Mål og benchmark");
        enterYear(f.department);
        long comparable = created(admin.post("offers/" + f.offer + "/benchmarks", obj("figure", "TURNOVER",
                "name", "Sammenlignelige tilbud", "source", "Egen opgørelse", "method", "Fratrådte pr. ansat")));
        assertEquals(200, admin.put("benchmarks/" + comparable + "/values/2024", obj("value", 19.0)).status());
        assertEquals(200, admin.put("benchmarks/" + comparable + "/values/2025-Q1", obj("value", 30.0)).status(),
                "a later value is kept but never used for an earlier quarter");
        long target = created(admin.post("offers/" + f.offer + "/targets", obj("figure", "TURNOVER", "value", 15.0,
                "goalId", f.goal, "note", "Fra handleplanen")));

        JsonObject series = admin.get("departments/" + f.department + "/figure-series/TURNOVER?quarter=2024-Q4"
                + "&quarters=4").json();
        List<JsonObject> points = series.getJsonArray("points").getValuesAs(JsonObject.class);
        assertEquals(4, points.size());
        assertEquals(20.0, points.get(3).getJsonNumber("rollingYear").doubleValue(), 0.001, "2 leavers / 10 staff");
        JsonObject targetLine = series.getJsonObject("target");
        assertEquals(15.0, targetLine.getJsonNumber("latest").doubleValue(), 0.001, "the offer's target applies");
        assertEquals("WORSE", targetLine.getString("status"), "20 against at most 15");
        JsonObject benchmark = series.getJsonArray("benchmarks").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getJsonNumber("id").longValue() == comparable).findFirst().orElseThrow();
        assertEquals("2024", benchmark.getString("latestPeriod"));
        assertEquals("WITHIN_10_PERCENT", benchmark.getString("status"), "20 against 19: worse by 1 of 1.9 allowed");

        // A department's own target replaces the offer's; a target on a benchmark follows its value.
        long own = created(admin.post("offers/" + f.offer + "/targets", obj("figure", "TURNOVER", "departmentId",
                f.department, "benchmarkId", comparable)));
        JsonObject ownLine = admin.get("departments/" + f.department + "/figure-series/TURNOVER?quarter=2024-Q4")
                .json().getJsonObject("target");
        assertEquals(own, ownLine.getJsonNumber("id").longValue());
        assertEquals("WITHIN_10_PERCENT", ownLine.getString("status"));
        assertEquals(target, admin.get("offers/" + f.offer + "/figure-series/TURNOVER?quarter=2024-Q4").json()
                .getJsonObject("target").getJsonNumber("id").longValue(), "the offer keeps its own");

        // The plan shows the linked goal's figure.
        JsonObject goal = admin.get("plans/" + f.plan).json().getJsonArray("sections").getValuesAs(JsonObject.class)
                .get(0).getJsonArray("goals").getValuesAs(JsonObject.class).get(0);
        JsonObject linked = goal.getJsonArray("figures").getValuesAs(JsonObject.class).get(0);
        assertEquals(target, linked.getJsonObject("target").getJsonNumber("id").longValue());
        assertEquals("TURNOVER", linked.getJsonObject("series").getString("figure"));

        // The comparison colours the department's rolling-year turnover by its target.
        String comparison = admin.get("/noegletal/sammenligning?kvartal=2024-Q4").body();
        int row = comparison.indexOf("/noegletal/afdeling/" + f.department + "?");
        assertTrue(row > 0, comparison);
        String cells = comparison.substring(row, comparison.indexOf("</tr>", row));
        assertTrue(cells.contains("Højst 10 % dårligere end målet"), cells);
    }

    @Test
    void badBenchmarksAndTargetsAreRefusedAndChangeNothing() {
        PlanFixture f = new PlanFixture(admin, "Forkerte mål");
        PlanFixture other = new PlanFixture(admin, "Andet tilbud med mål");
        String targets = "offers/" + f.offer + "/targets";
        assertField(admin.post(targets, obj("figure", "HAPPINESS", "value", 1.0)), "figure");
        assertField(admin.post(targets, obj("figure", "TURNOVER")), "value");
        assertField(admin.post(targets, obj("figure", "TURNOVER", "value", -1.0)), "value");
        assertField(admin.post(targets, obj("figure", "TURNOVER", "value", 15.0, "goalId", other.goal)), "goalId");
        assertField(admin.post(targets, obj("figure", "TURNOVER", "value", 15.0, "departmentId", other.department)),
                "departmentId");
        assertField(admin.post(targets, obj("figure", "TURNOVER", "value", 15.0, "note", "Borger 010203-1234")),
                "note");
        long foreign = created(admin.post("offers/" + other.offer + "/benchmarks", obj("figure", "TURNOVER",
                "name", "Andres")));
        assertField(admin.post(targets, obj("figure", "TURNOVER", "benchmarkId", foreign)), "benchmarkId");
        long sick = created(admin.post("offers/" + f.offer + "/benchmarks", obj("figure", "SICK_LEAVE_MUNICIPAL",
                "name", "KL")));
        assertField(admin.post(targets, obj("figure", "TURNOVER", "benchmarkId", sick)), "benchmarkId");
        assertEquals(0, admin.get(targets).array().size(), "nothing saved");

        long target = created(admin.post(targets, obj("figure", "TURNOVER", "value", 15.0)));
        assertProblem(admin.post(targets, obj("figure", "TURNOVER", "value", 12.0)), 409);
        long version = admin.get("targets/" + target).version();
        assertProblem(admin.put("targets/" + target, obj("figure", "TURNOVER", "value", 12.0, "version",
                version + 1)), 409);
        assertEquals(200, admin.put("targets/" + target, obj("figure", "TURNOVER", "value", 12.0, "version",
                version)).status());
        assertEquals(200, admin.delete("targets/" + target).status());
        long second = created(admin.post(targets, obj("figure", "TURNOVER", "value", 14.0)));
        assertProblem(admin.post("targets/" + target + "/restore", ""), 409);
        assertEquals(2, admin.get(targets).array().size() + admin.get(targets + "?archived=true").array().size());
        assertEquals(second, admin.get(targets).array().getValuesAs(JsonObject.class).get(0).getJsonNumber("id")
                .longValue());

        String values = "benchmarks/" + sick + "/values/";
        assertField(admin.put(values + "2025-Q5", obj("value", 1.0)), "period");
        assertField(admin.put(values + "24", obj("value", 1.0)), "period");
        assertField(admin.put(values + "2024", obj("value", -3.0)), "value");
        assertEquals(200, admin.put(values + "2024", obj("value", 14.8)).status());
        assertField(admin.put(values + "2024", obj("value", 15.0)), "version");
        assertEquals(14.8, admin.get("benchmarks/" + sick).json().getJsonArray("values").getValuesAs(JsonObject.class)
                .get(0).getJsonNumber("value").doubleValue(), 0.001, "the refused change changed nothing");
        assertEquals(200, admin.delete(values + "2024").status());
        assertTrue(admin.get("benchmarks/" + sick).json().getJsonArray("values").getJsonObject(0)
                .getBoolean("archived"), "archived, not deleted");
    }

    @Test
    void benchmarksForAllOffersAreTheAdministratorsAndTargetsTheLeaders() {
        Api leader = admin.as("afdelingsleder", DEMO);
        Api staff = admin.as("medarbejder", DEMO);
        long demo = demoOffer();
        JsonObject body = obj("figure", "TEMP_SHARE", "name", "Landsgennemsnit", "source", "Test");
        assertProblem(leader.post("benchmarks", body), 403);
        long global = created(admin.post("benchmarks", body));
        assertEquals(200, leader.get("benchmarks/" + global).status(), "everyone signed in reads them");
        assertProblem(leader.put("benchmarks/" + global + "/values/2024", obj("value", 8.0)), 403);
        assertEquals(200, admin.put("benchmarks/" + global + "/values/2024", obj("value", 8.0)).status());
        assertTrue(leader.get("offers/" + demo + "/benchmarks").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(b -> b.getJsonNumber("id").longValue() == global));

        long own = created(leader.post("offers/" + demo + "/benchmarks", obj("figure", "TEMP_SHARE",
                "name", "Egne huse")));
        assertProblem(staff.post("offers/" + demo + "/benchmarks", obj("figure", "TEMP_SHARE", "name", "Nej")), 403);
        assertProblem(staff.put("benchmarks/" + own + "/values/2024", obj("value", 8.0)), 403);
        long target = created(leader.post("offers/" + demo + "/targets", obj("figure", "TEMP_SHARE", "value", 8.0)));
        assertEquals(200, staff.get("targets/" + target).status(), "staff read the targets");
        assertProblem(staff.delete("targets/" + target), 403);
        PlanFixture foreign = new PlanFixture(admin, "Fremmed tilbud");
        assertProblem(leader.get("offers/" + foreign.offer + "/targets"), 404);
        assertEquals(200, leader.delete("targets/" + target).status());
        assertEquals(200, admin.delete("benchmarks/" + global).status(), "archived again: other tests see none");

        JsonObject audit = admin.get("offers/" + demo + "/audit?elementType=Target").array()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getJsonNumber("elementId").longValue() == target)
                .findFirst().orElseThrow();
        assertEquals("afdelingsleder", audit.getString("username"));
    }

    @Test
    void theAnnualKeyFiguresAreTheCalendarYearsOwn() {
        PlanFixture f = new PlanFixture(admin, "Årsrapport");
        enterYear(f.department);
        long second = created(admin.post("offers/" + f.offer + "/departments", obj("name", "Hus uden tal")));
        JsonObject year = admin.get("offers/" + f.offer + "/annual-key-figures?year=2024").json();
        assertEquals("2025-05-01", year.getString("dueDate"));
        assertFalse(year.getBoolean("complete"));
        assertEquals(4, year.getJsonArray("missing").size(), "the new department's four quarters: " + year);
        assertEquals(20.0, year.getJsonObject("total").getJsonNumber("turnoverPercent").doubleValue(), 0.001);
        JsonObject first = year.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("departmentId").longValue() == f.department).findFirst().orElseThrow();
        assertEquals(4, first.getJsonObject("figures").getJsonArray("quarters").size());
        assertTrue(year.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getJsonNumber("departmentId").longValue() == second));
        assertField(admin.get("offers/" + f.offer + "/annual-key-figures?year=2026"), "year");
        assertField(admin.get("offers/" + f.offer + "/annual-key-figures?year=tyve"), "year");
    }

    @Test
    void theLeaderSetsATargetOnThePageAndSeesItsStatus() throws Exception {
        long demo = demoOffer();
        long birk = department(demo, "Hus Birk");
        WebSession leader = WebSession.signIn(base.toString().endsWith("/") ? URI.create(base.toString())
                : URI.create(base + "/"), "afdelingsleder", DEMO);
        String page = "noegletal/maal/tilbud/" + demo;
        String shown = leader.get(page).body();
        assertTrue(shown.contains("Sammenlignelige tilbud") && shown.contains("Kommunalt ansatte i alt"), shown);

        var refused = leader.form(page, "_csrf", leader.token(), "figure", "TEMP_SHARE", "departmentId", "" + birk,
                "rollingYear", "true", "value", "otte", "benchmarkId", "", "goalId", "", "note", "");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Skriv et tal"), refused.body());
        var both = leader.form(page, "_csrf", leader.token(), "figure", "TEMP_SHARE", "departmentId", "" + birk,
                "rollingYear", "true", "value", "", "benchmarkId", "", "goalId", "", "note", "");
        assertEquals(422, both.statusCode());
        assertTrue(both.body().contains("Angiv enten en værdi eller vælg en benchmark"), both.body());

        var saved = leader.form(page, "_csrf", leader.token(), "figure", "TEMP_SHARE", "departmentId", "" + birk,
                "rollingYear", "true", "value", "8,5", "benchmarkId", "", "goalId", "", "note", "Færre vikarer");
        assertEquals(303, saved.statusCode(), saved.body());
        JsonObject target = admin.get("offers/" + demo + "/targets").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("figure").equals("TEMP_SHARE")).findFirst().orElseThrow();
        assertEquals(8.5, target.getJsonNumber("value").doubleValue(), 0.001);
        String department = leader.get("noegletal/afdeling/" + birk + "?kvartal=2024-Q3").body();
        assertTrue(department.contains("højst 8,5 %"), department);
        assertTrue(department.contains("målet"), "a status against the target");
        assertEquals(200, admin.delete("targets/" + target.getJsonNumber("id")).status());
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), () -> "not problem+json: " + reply);
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), reply::toString);
    }

    private static void assertField(Api.Reply reply, String field) {
        assertProblem(reply, 400);
        List<String> fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.contains(field), () -> "expected an error on " + field + ": " + reply);
    }
}
