package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.arr;
import static dk.handleplan.app.it.Api.obj;
import static dk.handleplan.app.it.PlanFixture.activityBody;
import static dk.handleplan.app.it.PlanFixture.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exports for Socialtilsyn against the packaged WAR: every element of the plan in the PDF and the Word
 * file, Word's marks for new and completed text, the spreadsheets, the visit pack with the monitoring
 * appendix (counts only), hostile text as typed in every format, a 150-activity plan, the audit of every
 * export, and the round trip from Word export to Word import.
 */
@ArquillianOnPayaraMicro
class ExportsIT {

    private static final String DEMO = "demo-handleplan";
    static final String HOSTILE = "Citat \"her\" & <b>fed</b> <script>alert(1)</script> æøå ÆØÅ =HYPERLINK(\"x\")";

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
    void thePdfHoldsEveryElementOfTheDemoPlanOnLandscapePagesWithPageNumbers() throws IOException {
        long plan = demoPlan();
        Api supervisor = admin.as("tilsyn", DEMO);
        Api.Binary pdf = supervisor.bytes("plans/" + plan + "/export?format=pdf");
        assertEquals(200, pdf.status(), pdf::text);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").matches(
                "attachment; filename=\"handleplan-bostedet-laerkereden-\\d{4}-\\d{2}-\\d{2}\\.pdf\""),
                pdf.headers().map()::toString);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertTrue(page.getWidth() > page.getHeight(), "A4 landscape");
            String text = squash(new PDFTextStripper().getText(document));
            String words = " " + new PDFTextStripper().getText(document).replaceAll("\\s+", " ") + " ";
            for (String element : texts(admin.get("plans/" + plan).json())) {
                // A row that breaks across pages continues after the footer and the repeated header, so a
                // long text is found whole or as all of its words.
                assertTrue(text.contains(squash(element)) || java.util.Arrays.stream(element.split("\\s+"))
                        .allMatch(w -> words.contains(w)), "the PDF lacks: " + element);
            }
            assertTrue(text.contains("side1af" + document.getNumberOfPages()), "page numbers");
            assertTrue(text.contains(squash("Overstreget tekst er gennemført")));
        }
        List<JsonObject> trail = admin.get("offers/" + demoOffer() + "/audit?elementType=Plan&elementId=" + plan)
                .array().getValuesAs(JsonObject.class);
        assertTrue(trail.stream().anyMatch(e -> e.getString("action").equals("EXPORT")
                && e.getString("username").equals("tilsyn") && "pdf".equals(e.getString("newValue", null))),
                trail::toString);
    }

    @Test
    void theWordFileMarksWhatIsNewSinceTheLastRevisionInGreenAndWhatIsDoneStruckThrough() throws IOException {
        PlanFixture f = new PlanFixture(admin, "Word-markering");
        assertEquals(201, admin.post("plans/" + f.plan + "/revisions", "{}").status());
        long goal = created(admin.post("sections/" + f.section + "/goals", obj("text", "Et nyt mål efter revisionen",
                "expectedEffect", "Ny effekt")));
        created(admin.post("goals/" + goal + "/activities", activityBody("En ny aktivitet", "2025-Q2", "2025-Q3", null)));
        long version = admin.get("activities/" + f.activity).version();
        assertEquals(200, admin.put("activities/" + f.activity, Json.createObjectBuilder(activityBody("Ny grundrul",
                "2024-08", "2025-spring", version)).add("status", "COMPLETED").add("completedOn", "2025-03-01")
                .build()).status());

        try (XWPFDocument word = docx(admin.bytes("plans/" + f.plan + "/export?format=docx"))) {
            XWPFTable table = word.getTables().get(0);
            assertEquals(List.of("Tema", "Emne", "Mål", "Hvad", "Hvornår", "Dokumentation", "Hvem", "Forventede effekt"),
                    table.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList());
            assertTrue(table.getRow(0).isRepeatHeader(), "the header repeats on every page");
            List<XWPFRun> runs = runs(table);
            assertTrue(runs.stream().anyMatch(r -> r.text().contains("Et nyt mål efter revisionen")
                    && "00B050".equalsIgnoreCase(r.getColor())), "the new goal is green");
            assertTrue(runs.stream().anyMatch(r -> r.text().contains("Ny grundrul") && r.isStrikeThrough()),
                    "the completed activity is struck through");
            assertFalse(runs.stream().anyMatch(r -> r.text().contains("Lavere personalegennemstrømning")
                    && "00B050".equalsIgnoreCase(r.getColor())), "the old goal is not green");
            String all = new XWPFWordExtractor(word).getText();
            assertTrue(all.contains("Tekst i grønt er tilføjet siden 10. marts 2025"), all);
        }
        try (XWPFDocument first = docx(admin.bytes("plans/" + f.plan + "/export?format=docx&revision=1"))) {
            String all = new XWPFWordExtractor(first).getText();
            assertFalse(all.contains("Et nyt mål efter revisionen"), "revision 1 is as it was");
            assertTrue(all.contains("Lavere personalegennemstrømning"));
            assertFalse(runs(first.getTables().get(0)).stream().anyMatch(r -> "00B050".equalsIgnoreCase(r.getColor())),
                    "the first revision is compared with nothing, so nothing is green");
        }
        assertEquals(404, admin.bytes("plans/" + f.plan + "/export?format=pdf&revision=5").status());
        assertEquals(400, admin.bytes("plans/" + f.plan + "/export?format=odt").status());
    }

    @Test
    void theVisitPackHoldsEveryFormatAndTheAppendixShowsCountsButNoPersonalDetails() throws IOException {
        long plan = demoPlan();
        Api.Binary zip = admin.as("aftaleholder", DEMO).bytes("plans/" + plan + "/export?format=zip");
        assertEquals(200, zip.status(), zip::text);
        Map<String, byte[]> files = unzip(zip.body());
        List<String> endings = files.keySet().stream().map(n -> n.replaceFirst("^handleplan-bostedet-laerkereden-\\d{4}-\\d{2}-\\d{2}",
                "")).toList();
        assertEquals(List.of(".pdf", ".docx", "-bilag-noegletal.pdf", "-aktiviteter.xlsx", "-aktiviteter.csv",
                "-noegletal.xlsx", "-noegletal.csv", ".json"), endings);

        JsonObject tree = admin.get("plans/" + plan).json();
        int activityCount = tree.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .flatMap(s -> s.getJsonArray("goals").getValuesAs(JsonObject.class).stream())
                .mapToInt(g -> g.getJsonArray("activities").size()).sum();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file(files, "-aktiviteter.xlsx")))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals(activityCount, sheet.getLastRowNum(), "a header and one row per activity");
            assertEquals("Tema", sheet.getRow(0).getCell(0).getStringCellValue());
        }
        String csv = new String(file(files, "-aktiviteter.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFTema;Emne"), csv.substring(0, Math.min(80, csv.length())));
        assertEquals(activityCount + 1, csv.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").length, "CRLF rows");

        try (PDDocument appendix = Loader.loadPDF(file(files, "-bilag-noegletal.pdf"))) {
            String text = new PDFTextStripper().getText(appendix);
            assertTrue(text.contains("Personalegennemstrømning"), text);
            assertTrue(text.contains("Magtanvendelser"), text);
            for (JsonObject c : admin.get("offers/" + demoOffer() + "/coercion-cases").array()
                    .getValuesAs(JsonObject.class)) {
                String pseudonym = c.getString("residentRef", null);
                if (pseudonym != null && !pseudonym.isBlank()) {
                    assertFalse(text.contains(pseudonym), "no pseudonym in the appendix: " + pseudonym);
                }
            }
        }
        try (XSSFWorkbook figures = new XSSFWorkbook(new ByteArrayInputStream(file(files, "-noegletal.xlsx")))) {
            assertTrue(figures.getNumberOfSheets() >= 5, "a sheet per figure and per coercion table");
        }
        JsonObject json = Json.createReader(new ByteArrayInputStream(file(files, ".json"))).readObject();
        assertEquals(tree.getJsonArray("sections").size(), json.getJsonObject("plan").getJsonArray("sections").size());
    }

    @Test
    void hostileTextComesOutExactlyAsTypedInEveryFormat() throws IOException {
        PlanFixture f = new PlanFixture(admin, "Fjendtlig tekst");
        long goal = created(admin.post("sections/" + f.section + "/goals", obj("text", HOSTILE,
                "expectedEffect", "Emoji 😀 og ' enkelt")));
        created(admin.post("goals/" + goal + "/activities", obj("description", "=1+2", "documentation", "@SUM(A1)",
                "timeFrame", obj("start", "2025-Q2", "end", "2025-Q3"), "responsible", arr(obj("role", "AMR")))));

        try (PDDocument pdf = Loader.loadPDF(admin.bytes("plans/" + f.plan + "/export?format=pdf").body())) {
            String text = squash(new PDFTextStripper().getText(pdf));
            assertTrue(text.contains(squash(HOSTILE)), text);
        }
        try (XWPFDocument word = docx(admin.bytes("plans/" + f.plan + "/export?format=docx"))) {
            String text = new XWPFWordExtractor(word).getText();
            assertTrue(text.contains(HOSTILE), text);
            assertTrue(text.contains("Emoji 😀 og ' enkelt"), text);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                admin.bytes("plans/" + f.plan + "/export?format=xlsx").body()))) {
            boolean found = false;
            for (var row : book.getSheetAt(0)) {
                for (var cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formulas in an export");
                    found |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("=1+2");
                }
            }
            assertTrue(found, "=1+2 is kept as the text it is");
        }
        String csv = admin.bytes("plans/" + f.plan + "/export?format=csv").text();
        assertTrue(csv.contains("'=1+2"), "a formula-like cell is defused for spreadsheets");
        assertTrue(csv.contains("'@SUM(A1)"), csv);
        assertTrue(csv.contains("\"" + HOSTILE.replace("\"", "\"\"") + "\""), "quoted as RFC 4180 says: " + csv);
        String json = admin.bytes("plans/" + f.plan + "/export?format=json").text();
        JsonObject parsed = Json.createReader(new java.io.StringReader(json)).readObject();
        assertEquals(HOSTILE, parsed.getJsonObject("plan").getJsonArray("sections").getJsonObject(0)
                .getJsonArray("goals").getJsonObject(1).getString("text"));
    }

    @Test
    void aPlanOfHundredAndFiftyActivitiesExportsInEveryFormat() throws IOException {
        long offer = created(admin.post("offers", obj("name", "Stort tilbud")));
        long plan = created(admin.post("plans", obj("offerId", offer, "title", "Stor plan", "authority",
                "Socialtilsyn Midt", "visitDate", "2024-10-01", "status", "ACTIVE")));
        String[] themes = {"MAALGRUPPER_METODER_OG_RESULTATER", "ORGANISATION_OG_LEDELSE", "KOMPETENCER",
            "SUNDHED_OG_TRIVSEL", "FYSISKE_RAMMER"};
        for (int s = 0; s < 5; s++) {
            long section = created(admin.post("plans/" + plan + "/sections", obj("theme", themes[s], "subject",
                    "Emne " + s + ": " + "en lang begrundelse for hvorfor der skal ændres noget. ".repeat(4))));
            for (int g = 0; g < 3; g++) {
                long goal = created(admin.post("sections/" + section + "/goals", obj("text", "Mål " + s + "." + g,
                        "expectedEffect", "Effekt " + s + "." + g)));
                for (int a = 0; a < 10; a++) {
                    created(admin.post("goals/" + goal + "/activities", obj("description", "Aktivitet " + s + "." + g
                            + "." + a + " " + "med en beskrivelse, der fylder. ".repeat(3), "documentation",
                            "Referat og opfølgning", "timeFrame", obj("start", "2025-Q1", "end", "2025-Q4"),
                            "responsible", arr(obj("role", "AFDELINGSLEDER")))));
                }
            }
        }
        Map<String, Long> millis = new LinkedHashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (String format : List.of("pdf", "docx", "xlsx", "csv", "json", "zip")) {
            long start = System.nanoTime();
            Api.Binary export = admin.bytes("plans/" + plan + "/export?format=" + format);
            millis.put(format, (System.nanoTime() - start) / 1_000_000);
            assertEquals(200, export.status(), export::text);
            sizes.put(format, export.body().length);
            if (format.equals("pdf")) {
                try (PDDocument pdf = Loader.loadPDF(export.body())) {
                    assertTrue(pdf.getNumberOfPages() > 5, "150 activities fill many pages");
                    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                        PDFTextStripper stripper = new PDFTextStripper();
                        stripper.setStartPage(page);
                        stripper.setEndPage(page);
                        String text = stripper.getText(pdf);
                        assertTrue(text.contains("Forventede effekt"), "the table header on page " + page);
                        assertTrue(squash(text).contains("side" + page + "af" + pdf.getNumberOfPages()), text);
                    }
                    String all = squash(new PDFTextStripper().getText(pdf));
                    assertTrue(all.contains(squash("Aktivitet 4.2.9")), "the last activity");
                }
            }
        }
        System.out.println("ExportsIT: 150-activity plan export times (ms, first call, incl. HTTP): " + millis
                + ", sizes (bytes): " + sizes);
    }

    @Test
    void aPlanExportedToWordAndImportedAgainIsTheSamePlan() {
        PlanFixture f = new PlanFixture(admin, "Rundtur");
        long goal2 = created(admin.post("sections/" + f.section + "/goals", obj("text", "Bedre introduktion af nye",
                "expectedEffect", "Nye bliver længere")));
        long inProgress = created(admin.post("goals/" + goal2 + "/activities", obj("description",
                "Introprogram\nmed mentor", "documentation", "Tjekliste", "timeFrame", obj("start", "2025-spring",
                        "end", "ongoing"), "responsible", arr(obj("personId", f.person), obj("role", "AMR")),
                "status", "IN_PROGRESS")));
        created(admin.post("goals/" + goal2 + "/activities", obj("description", "Temadag", "timeFrame",
                obj("end", "2025-Q3"), "status", "CANCELLED", "cancelReason", "Erstattet af introprogram")));
        long completed = created(admin.post("goals/" + goal2 + "/activities", obj("description", "Velkomstmappe",
                "timeFrame", obj("start", "2024-winter", "end", "2024-winter"), "responsible",
                arr(obj("role", "AFDELINGSLEDER")), "status", "COMPLETED", "completedOn", "2025-02-14")));
        created(admin.post("activities/" + inProgress + "/notes", obj("date", "2025-03-03", "text",
                "Første mentor er på plads")));
        created(admin.post("activities/" + completed + "/milestones", obj("title", "Trykt", "date", "2025-02-10",
                "startTime", "13:00", "endTime", "15:00")));
        long section2 = created(admin.post("plans/" + f.plan + "/sections", obj("theme", "SUNDHED_OG_TRIVSEL",
                "subject", "Sund kost", "departmentId", f.department)));
        created(admin.post("sections/" + section2 + "/goals", obj("text", "Mere grønt")));

        Api.Binary docx = admin.bytes("plans/" + f.plan + "/export?format=docx");
        assertEquals(200, docx.status());
        Api.Reply preview = postDocx(admin, "offers/" + f.offer + "/plan-imports", docx.body());
        assertEquals(200, preview.status(), preview::toString);
        assertEquals(List.of(), preview.json().getJsonArray("problems"), "everything was understood");
        JsonObject draft = preview.json().getJsonObject("draft");

        int plansBefore = admin.get("plans?offerId=" + f.offer).array().size();
        Api.Reply confirmed = admin.post("offers/" + f.offer + "/plan-imports/confirm", obj("title",
                "Genindlæst plan", "draft", draft));
        assertEquals(201, confirmed.status(), confirmed::toString);
        assertEquals(plansBefore + 1, admin.get("plans?offerId=" + f.offer).array().size());

        assertEquals(comparable(admin.get("plans/" + f.plan).json()),
                comparable(admin.get("plans/" + confirmed.id()).json()), "the same plan after the round trip");
    }

    @Test
    void theImportRefusesWhatIsNoPlanAndSavesNothingOnARefusal() {
        PlanFixture f = new PlanFixture(admin, "Importfejl");
        Api.Reply notWord = postDocx(admin, "offers/" + f.offer + "/plan-imports",
                "dette er ikke en Word-fil".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notWord.status(), notWord::toString);
        assertTrue(notWord.isProblem());
        byte[] docx = admin.bytes("plans/" + f.plan + "/export?format=docx").body();
        assertEquals(403, postDocx(admin.as("medarbejder", DEMO), "offers/" + demoOffer() + "/plan-imports", docx)
                .status(), "staff do not import");

        JsonObject draft = postDocx(admin, "offers/" + f.offer + "/plan-imports", docx).json().getJsonObject("draft");
        JsonObject section = draft.getJsonArray("sections").getJsonObject(0);
        JsonObject unknownTheme = Json.createObjectBuilder(draft).add("sections", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(section).add("themeCode", JsonValue.NULL))).build();
        int plansBefore = admin.get("plans?offerId=" + f.offer).array().size();
        Api.Reply refused = admin.post("offers/" + f.offer + "/plan-imports/confirm", obj("title", "Uden tema",
                "draft", unknownTheme));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.body().contains("sections[0].theme"), refused.body());
        assertEquals(plansBefore, admin.get("plans?offerId=" + f.offer).array().size(), "nothing was saved");
    }

    /** What a plan is, without ids, versions and dates of the database: to compare two plans. */
    private static List<String> comparable(JsonObject tree) {
        List<String> lines = new ArrayList<>();
        for (JsonObject s : tree.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            lines.add("section " + s.getJsonObject("theme").getString("code") + " | " + s.getString("subject") + " | "
                    + s.getString("departmentName", null));
            for (JsonObject g : s.getJsonArray("goals").getValuesAs(JsonObject.class)) {
                lines.add("  goal " + g.getString("text") + " | " + g.getString("expectedEffect", null));
                for (JsonObject a : g.getJsonArray("activities").getValuesAs(JsonObject.class)) {
                    JsonObject t = a.getJsonObject("timeFrame");
                    lines.add("    activity " + a.getString("description") + " | " + a.getString("documentation", null)
                            + " | " + t.getString("start", null) + " - " + t.getString("end", null) + " | "
                            + a.getString("responsibleText") + " | " + a.getString("status") + " "
                            + a.getString("completedOn", null) + " " + a.getString("cancelReason", null));
                    a.getJsonArray("milestones").getValuesAs(JsonObject.class).forEach(m -> lines.add("      milestone "
                            + m.getString("title") + " " + m.getString("date") + " " + m.getString("startTime", null)
                            + "-" + m.getString("endTime", null)));
                    a.getJsonArray("notes").getValuesAs(JsonObject.class).forEach(n -> lines.add("      note "
                            + n.getString("date") + " " + n.getString("text") + " (" + n.getString("author", null) + ")"));
                }
            }
        }
        return lines;
    }

    static Api.Reply postDocx(Api api, String path, byte[] docx) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .POST(HttpRequest.BodyPublishers.ofByteArray(docx)));
    }

    /** Every text of the plan tree that an export must show. */
    static List<String> texts(JsonObject tree) {
        List<String> texts = new ArrayList<>();
        for (JsonObject s : tree.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            texts.add(s.getJsonObject("theme").getString("name"));
            texts.add(s.getString("subject"));
            for (JsonObject g : s.getJsonArray("goals").getValuesAs(JsonObject.class)) {
                texts.add(g.getString("text"));
                addIfAny(texts, g.getString("expectedEffect", null));
                for (JsonObject a : g.getJsonArray("activities").getValuesAs(JsonObject.class)) {
                    texts.add(a.getString("description"));
                    addIfAny(texts, a.getString("documentation", null));
                    addIfAny(texts, a.getString("responsibleText", null));
                    addIfAny(texts, a.getJsonObject("timeFrame").getString("text", null));
                    a.getJsonArray("milestones").getValuesAs(JsonObject.class).forEach(m -> texts.add(m.getString("title")));
                    a.getJsonArray("notes").getValuesAs(JsonObject.class).forEach(n -> texts.add(n.getString("text")));
                }
            }
        }
        return texts;
    }

    private static void addIfAny(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }

    /** Without any whitespace: a PDF breaks long texts over lines wherever the column ends. */
    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static XWPFDocument docx(Api.Binary reply) throws IOException {
        assertEquals(200, reply.status(), reply::text);
        return new XWPFDocument(new ByteArrayInputStream(reply.body()));
    }

    private static List<XWPFRun> runs(XWPFTable table) {
        List<XWPFRun> runs = new ArrayList<>();
        table.getRows().forEach(row -> row.getTableCells().forEach(cell -> {
            for (XWPFParagraph p : cell.getParagraphs()) {
                runs.addAll(p.getRuns());
            }
        }));
        return runs;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] file(Map<String, byte[]> files, String ending) {
        return files.entrySet().stream().filter(e -> e.getKey().matches(".*\\d" + java.util.regex.Pattern.quote(ending)))
                .findFirst().orElseThrow(() -> new AssertionError("no file ending in " + ending + ": " + files.keySet()))
                .getValue();
    }

    private long demoOffer() {
        return admin.get("plans/" + demoPlan()).json().getJsonObject("plan").getJsonNumber("offerId").longValue();
    }

    private long demoPlan() {
        return admin.get("plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").contains("Lærkereden")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
