package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.arr;
import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Danish pages as people use them (server-rendered HTML and the htmx requests the pages make),
 * without a browser: the plan page per role, editing with Danish periods and errors, stale versions,
 * completing, escaping, filters, the overview and "Mine opgaver". The clock is fixed at 2025-03-10.
 */
@ArquillianOnPayaraMicro
class WebPagesIT {

    private static final String DEMO = "demo-handleplan";
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    URI root;
    Api admin;
    long demoPlan;

    @BeforeEach
    void connect() {
        root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        admin = new Api(root);
        demoPlan = admin.get("plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").startsWith("Handleplan for Bostedet Lærkereden")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void thePlanPageShowsSocialtilsynetsTableWithWhatEachRoleMayDo() throws Exception {
        WebSession leader = WebSession.signIn(root, "afdelingsleder", DEMO);
        HttpResponse<String> response = leader.get("planer/" + demoPlan);
        String page = response.body();
        assertTrue(page.contains("<html lang=\"da\""), page);
        // The table is sent as it is kept, between the parts rendered for the request (HtmlPage): whole,
        // in its place, and counted in the length the page declares.
        assertEquals(page.getBytes(StandardCharsets.UTF_8).length,
                response.headers().firstValueAsLong("Content-Length").orElse(-1));
        assertTrue(page.indexOf("<table class=\"plan\">") > page.indexOf("<main")
                && page.indexOf("</table>") < page.indexOf("</main>") && page.stripTrailing().endsWith("</html>"));
        assertFalse(page.contains("handleplan:ready-made-part"));
        for (String column : new String[] {"Tema", "Emne", "Mål", "Hvad", "Hvornår", "Dokumentation", "Hvem",
            "Forventede effekt"}) {
            assertTrue(page.contains("<th scope=\"col\">" + column + "</th>"), column);
        }
        assertTrue(page.contains("Igangsættes"), "time frames in Danish");
        assertTrue(page.contains("class=\"overskredet\""), "the demo plan has overdue activities");
        assertTrue(page.contains(">Tilføj aktivitet<"), "leaders edit");

        String asHolder = WebSession.signIn(root, "aftaleholder", DEMO).get("planer/" + demoPlan).body();
        assertTrue(asHolder.contains("Forventede effekt") && !asHolder.contains(">Tilføj aktivitet<"),
                "the aftaleholder reads only");
        HttpResponse<String> asSupervisor = WebSession.signIn(root, "tilsyn", DEMO).get("planer/" + demoPlan);
        assertEquals(200, asSupervisor.statusCode());
        assertFalse(asSupervisor.body().contains(">Rediger<"));
        assertEquals(403, WebSession.signIn(root, "medarbejder", DEMO).get("maal/1/ny-aktivitet").statusCode());
    }

    @Test
    void anotherOffersPlanIsADanishNotFoundPage() throws Exception {
        PlanFixture other = new PlanFixture(admin, "Skjult side");
        HttpResponse<String> hidden = WebSession.signIn(root, "afdelingsleder", DEMO).get("planer/" + other.plan);
        assertEquals(404, hidden.statusCode());
        assertTrue(hidden.body().contains("Siden findes ikke"), hidden.body());
        assertFalse(hidden.body().contains("Handleplan Skjult side"));
    }

    @Test
    void aLeaderAddsAnActivityWithAPeriodSeesDanishErrorsAndCompletesIt() throws Exception {
        long section = admin.get("plans/" + demoPlan).json().getJsonArray("sections").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long goal = PlanFixture.created(admin.post("sections/" + section + "/goals", obj("text", "Mål fra siden")));
        WebSession leader = WebSession.signIn(root, "afdelingsleder", DEMO);

        HttpResponse<String> refused = leader.htmxPost("maal/" + goal + "/aktiviteter", "beskrivelse", "",
                "start", "august 2024", "slut", "snart", "status", "PLANNED");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Skal udfyldes."), refused.body());
        assertTrue(refused.body().contains("&quot;snart&quot; er ikke en dato eller periode"), refused.body());
        assertEquals("this", refused.headers().firstValue("HX-Retarget").orElse(""));
        assertEquals(0, admin.get("goals/" + goal + "/activities").array().size(), "nothing was saved");

        HttpResponse<String> added = leader.htmxPost("maal/" + goal + "/aktiviteter", "beskrivelse",
                "Temadag om magtanvendelse", "dokumentation", "Referat", "start", "august 2024", "slut", "foråret 2025",
                "rolle", "AFDELINGSLEDER", "status", "PLANNED");
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(added.body().startsWith("<tbody class=\"maal\" id=\"maal-" + goal + "\""), added.body());
        assertTrue(added.body().contains("Igangsættes august 2024, forventes afsluttet foråret 2025"), added.body());
        long activity = admin.get("goals/" + goal + "/activities").array().getJsonObject(0).getJsonNumber("id")
                .longValue();

        String completeForm = leader.htmxGet("aktiviteter/" + activity + "/gennemfoer").body();
        assertTrue(completeForm.contains("Gennemført den"), completeForm);
        HttpResponse<String> notYet = leader.htmxPost("aktiviteter/" + activity + "/status", "status", "COMPLETED",
                "gennemfoert", "2025-04-01", "version", version(completeForm));
        assertEquals(422, notYet.statusCode());
        assertTrue(notYet.body().contains("Datoen kan ikke ligge i fremtiden."), notYet.body());
        HttpResponse<String> completed = leader.htmxPost("aktiviteter/" + activity + "/status", "status", "COMPLETED",
                "gennemfoert", "2025-03-07", "version", version(completeForm));
        assertEquals(200, completed.statusCode(), completed.body());
        assertTrue(completed.body().contains("<s>Temadag om magtanvendelse</s>"), completed.body());
        assertTrue(completed.body().contains("Gennemført 7. marts 2025"), completed.body());
    }

    @Test
    void aStaleEditShowsTheOtherPersonsValuesAndOverwritesNothing() throws Exception {
        Made f = demoGoalWithActivity("Konflikt");
        WebSession first = WebSession.signIn(root, "afdelingsleder", DEMO);
        WebSession second = WebSession.signIn(root, "afdelingsleder", DEMO);
        String formOfFirst = first.htmxGet("aktiviteter/" + f.activity + "/rediger").body();
        String formOfSecond = second.htmxGet("aktiviteter/" + f.activity + "/rediger").body();

        assertEquals(200, second.htmxPost("aktiviteter/" + f.activity, "beskrivelse", "Den andens tekst",
                "status", "PLANNED", "version", version(formOfSecond)).statusCode());
        HttpResponse<String> stale = first.htmxPost("aktiviteter/" + f.activity, "beskrivelse", "Min tekst",
                "status", "PLANNED", "version", version(formOfFirst));
        assertEquals(422, stale.statusCode());
        assertTrue(stale.body().contains("En anden har ændret dette") && stale.body().contains("Den andens tekst"),
                stale.body());
        assertEquals("Den andens tekst", admin.get("activities/" + f.activity).json().getString("description"));

        // Re-applying on purpose: the form now carries the current version.
        assertEquals(200, first.htmxPost("aktiviteter/" + f.activity, "beskrivelse", "Min tekst", "status",
                "PLANNED", "version", version(stale.body())).statusCode());
        assertEquals("Min tekst", admin.get("activities/" + f.activity).json().getString("description"));
    }

    @Test
    void whatUsersTypedIsShownAsTypedNeverRun() throws Exception {
        Made f = demoGoalWithActivity("Escaping");
        String hostile = "<script>alert('x')</script> \"citat\" & æøå 😀";
        long version = admin.get("activities/" + f.activity).version();
        assertEquals(200, admin.put("activities/" + f.activity, obj("description", hostile, "version", version))
                .status());
        String page = WebSession.signIn(root, "afdelingsleder", DEMO).get("planer/" + demoPlan).body();
        assertFalse(page.contains("<script>alert"), "never interpreted");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;citat&quot; &amp; æøå 😀"),
                "shown as typed");
    }

    @Test
    void filtersNarrowTheTable() throws Exception {
        WebSession leader = WebSession.signIn(root, "afdelingsleder", DEMO);
        String overdue = leader.get("planer/" + demoPlan + "?overskredet=ja").body();
        String all = leader.get("planer/" + demoPlan).body();
        assertTrue(count(overdue, "id=\"aktivitet-") < count(all, "id=\"aktivitet-"));
        // one overdue mark per activity, and one in the legend
        assertEquals(count(overdue, "id=\"aktivitet-"), count(overdue, "<span class=\"maerke overskredet\">") - 1,
                "only overdue activities remain");
        String compact = leader.get("planer/" + demoPlan + "?visning=liste").body();
        assertTrue(compact.contains("class=\"kort\""), "the compact list");
    }

    @Test
    void theOverviewAndMyTasks() throws Exception {
        String overview = WebSession.signIn(root, "aftaleholder", DEMO).get("oversigt").body();
        assertTrue(overview.contains("Bostedet Lærkereden") && overview.contains("Hus Ahorn"), overview);
        assertTrue(overview.contains("href=\"/planer/" + demoPlan + "\""), "drill-down to the plan");
        String notHolder = WebSession.signIn(root, "medarbejder", DEMO).get("oversigt").body();
        assertTrue(notHolder.contains("Du er ikke aftaleholder") && !notHolder.contains("Bostedet"), notHolder);

        String tasks = WebSession.signIn(root, "afdelingsleder", DEMO).get("start").body();
        assertTrue(tasks.contains("Overskredne frister"), tasks);
        assertTrue(tasks.indexOf("Overskredne frister") < tasks.indexOf("De næste 30 dage"), "overdue first");
    }

    /**
     * The overview counts in the database and reads only the next deadlines (PlanProgressReader), so
     * it must agree with the plan tree: live activities only, an archived goal's activities left out.
     */
    @Test
    void theOverviewAgreesWithThePlanTree() throws Exception {
        Made made = demoGoalWithActivity("Oversigtens tal");
        assertEquals(200, admin.put("activities/" + made.activity(), obj("description", "Aktivitet Oversigtens tal",
                "version", admin.get("activities/" + made.activity()).json().getJsonNumber("version").longValue(),
                "timeFrame", obj("start", "2019-11", "end", "2020-01"), "responsible",
                arr(obj("role", "AFDELINGSLEDER")))).status());
        String withIt = overviewRow();
        assertTrue(withIt.contains(treeCounts()), withIt);
        assertTrue(withIt.contains("31.1.2020</span>: <span>Aktivitet Oversigtens tal"), "the oldest overdue end comes first: "
                + withIt);

        assertEquals(200, admin.delete("goals/" + made.goal()).status());
        String without = overviewRow();
        assertTrue(without.contains(treeCounts()), without);
        assertFalse(without.contains("Oversigtens tal"), "an archived goal's activity is not due: " + without);
    }

    /** "completed af activities", then the overdue count, as the overview's row writes them. */
    private String treeCounts() {
        JsonObject summary = admin.get("plans/" + demoPlan).json().getJsonObject("summary");
        return summary.getInt("completed") + " af " + summary.getInt("activities") + "</span>";
    }

    private String overviewRow() throws Exception {
        String overview = WebSession.signIn(root, "aftaleholder", DEMO).get("oversigt").body();
        int start = overview.indexOf("href=\"/planer/" + demoPlan + "\"");
        assertTrue(start >= 0, overview);
        String row = overview.substring(start, overview.indexOf("</tr>", start));
        int overdue = admin.get("plans/" + demoPlan).json().getJsonObject("summary").getInt("overdue");
        assertTrue(row.contains(">" + overdue + "</"), "overdue " + overdue + ": " + row);
        return row;
    }

    @Test
    void theAftaleholderCommentsAndTheLeaderMarksItResolved() throws Exception {
        Made f = demoGoalWithActivity("Kommentar på siden");
        WebSession holder = WebSession.signIn(root, "aftaleholder", DEMO);
        HttpResponse<String> refused = holder.form("planer/" + demoPlan + "/kommentarer", "_csrf", holder.token(),
                "om", "GOAL:" + f.goal(), "tekst", "Beboer 010190-1234 har klaget");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Der må ikke skrives CPR-numre"), refused.body());
        assertTrue(refused.body().contains("k-tekst-fejl"), "next to the field");

        HttpResponse<String> made = holder.form("planer/" + demoPlan + "/kommentarer", "_csrf", holder.token(),
                "om", "GOAL:" + f.goal(), "tekst", "Hvordan måles færre vikartimer?");
        assertEquals(303, made.statusCode(), made.body());
        WebSession leader = WebSession.signIn(root, "afdelingsleder", DEMO);
        String page = leader.get("planer/" + demoPlan).body();
        assertTrue(page.contains("Hvordan måles færre vikartimer?") && page.contains("målet »Mål Kommentar på siden«"),
                page);
        long comment = admin.get("plans/" + demoPlan + "/comments?open=true").array().getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("text").startsWith("Hvordan måles")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(303, leader.form("planer/" + demoPlan + "/kommentarer/" + comment + "/loest", "_csrf",
                leader.token()).statusCode());
        assertTrue(leader.get("planer/" + demoPlan).body().contains("Løst af afdelingsleder"));
        assertFalse(WebSession.signIn(root, "medarbejder", DEMO).get("planer/" + demoPlan).body()
                .contains("Hvordan måles"), "comments are for the offer's management");
    }

    @Test
    void theAccountPageMakesACalendarAddressThatCalendarsCanRead() throws Exception {
        WebSession leader = WebSession.signIn(root, "afdelingsleder", DEMO);
        HttpResponse<String> made = leader.form("konto/kalender", "_csrf", leader.token());
        assertEquals(200, made.statusCode(), made.body());
        Matcher url = Pattern.compile("value=\"(http[^\"]+/calendar/[^\"]+\\.ics)\"").matcher(made.body());
        assertTrue(url.find(), made.body());
        // A calendar client: no session, no credentials, only the address.
        HttpResponse<String> feed = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(url.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"), feed.body());
    }

    @Test
    void theLeaderEntersAQuartersFiguresAndSeesTheKeyFigures() throws Exception {
        long offer = admin.get("plans/" + demoPlan).json().getJsonObject("plan").getJsonNumber("offerId").longValue();
        long department = admin.get("offers/" + offer + "/departments").array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("name").equals("Hus Birk")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        int stored = admin.get("departments/" + department + "/staff-figures").array().size();
        WebSession leader = WebSession.signIn(root, "afdelingsleder", DEMO);
        String page = "noegletal/afdeling/" + department;
        assertTrue(leader.get("noegletal").body().contains("href=\"/" + page + "\""));

        HttpResponse<String> refused = leader.form(page, "_csrf", leader.token(), "quarter", "2024-Q4",
                "headcountStart", "tyve", "headcountEnd", "22", "sickDays", "5000");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Skriv et helt tal.") && refused.body().contains("n-headcountStart-fejl"),
                refused.body());
        HttpResponse<String> impossible = leader.form(page, "_csrf", leader.token(), "quarter", "2024-Q4",
                "headcountStart", "20", "headcountEnd", "22", "sickDays", "5000");
        assertEquals(422, impossible.statusCode());
        assertTrue(impossible.body().contains("Flere fraværsdage (sygdom og barsel) end ansættelsesdage"),
                impossible.body());
        assertEquals(stored, admin.get("departments/" + department + "/staff-figures").array().size(), "nothing saved");

        HttpResponse<String> saved = leader.form(page, "_csrf", leader.token(), "quarter", "2024-Q4",
                "headcountStart", "20", "headcountEnd", "22", "employmentDays", "1.862", "resigned", "1", "hires", "3",
                "sickDays", "38", "parentalLeaveDays", "45", "plannedHours", "7400", "internalTempHours", "300",
                "externalTempHours", "250,0");
        assertEquals(303, saved.statusCode(), saved.body());
        String shown = leader.get(page + "?kvartal=2024-Q4").body();
        assertTrue(shown.contains("Sygefravær, Tilbudsportalen-metoden") && shown.contains("2024-Q4"), shown);
        assertTrue(shown.contains("1.862"), "days employed as Danes write numbers");
        String asStaff = WebSession.signIn(root, "medarbejder", DEMO).get(page).body();
        assertTrue(asStaff.contains("Personalegennemstrømning") && !asStaff.contains("Gem kvartalets tal"),
                "staff read the figures, leaders enter them");
    }

    /** A goal with one activity, added to the demo plan. */
    private record Made(long goal, long activity) {
    }

    private Made demoGoalWithActivity(String name) {
        long section = admin.get("plans/" + demoPlan).json().getJsonArray("sections").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long goal = PlanFixture.created(admin.post("sections/" + section + "/goals", obj("text", "Mål " + name)));
        long activity = PlanFixture.created(admin.post("goals/" + goal + "/activities", obj("description",
                "Aktivitet " + name, "responsible", arr(obj("role", "AFDELINGSLEDER")))));
        return new Made(goal, activity);
    }

    private static String version(String form) {
        Matcher m = VERSION.matcher(form);
        assertTrue(m.find(), form);
        return m.group(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
