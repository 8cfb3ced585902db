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
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * The CSV import of staff figures (preview, all or nothing, access, the documented example file),
 * the trend charts as SVG, and the aftaleholder's comparison of departments. Each test works on an
 * offer of its own, so the demo departments' figures (which other tests enter) stay untouched.
 */
@ExtendWith(ArquillianExtension.class)
class StaffImportIT {

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
        System.out.printf("StaffImportIT: comparison page with %d departments (plus the demo offers'): first %d ms,"
                + " then median %d ms (runs %s)%n", departments, millis.get(0), warm.get(warm.size() / 2), millis);
    }
}
