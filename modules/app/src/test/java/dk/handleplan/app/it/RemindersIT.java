package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.arr;
import static dk.handleplan.app.it.Api.obj;
import static dk.handleplan.app.it.PlanFixture.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Deadlines brought to the people responsible, against the packaged WAR: the personal calendar feed
 * (fetched as a calendar client would, parsed back with biweekly) and the weekly e-mail digest and
 * reminders, received by an SMTP server (GreenMail) on the port the server under test is configured
 * with. The clock is fixed at Monday 2025-03-10 (ISO week 11); the demo user "afdelingsleder" is
 * Jonas Kragh, afdelingsleder in Hus Ahorn.
 */
@ArquillianOnPayaraMicro
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemindersIT {

    private static final String DEMO_PASSWORD = "demo-handleplan";
    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String JONAS = "jonas.kragh@example.invalid";

    /** Started when the class is initialised, i.e. before the deployment (Arquillian calls deployment() first). */
    private static final GreenMail MAIL = startMail();

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @ArquillianResource
    URL base;

    Api admin;
    Api jonas;

    @BeforeEach
    void connect() {
        admin = new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
        jonas = admin.as("afdelingsleder", DEMO_PASSWORD);
    }

    // --- the calendar feed ---

    @Test
    @Order(1)
    void theFeedShowsTheOpenDeadlinesOfTheUserAndFollowsPlanChanges() throws Exception {
        String url = renew(jonas);
        assertTrue(url.matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
        JsonObject status = jonas.get("me/calendar").json();
        assertTrue(status.getBoolean("active"), status::toString);
        assertTrue(status.isNull("feedUrl"), "the address is shown only once: " + status);

        Api.Reply reply = download(url);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("text/calendar;charset=utf-8", reply.contentType().replace(" ", "").toLowerCase());
        assertTrue(reply.headers().firstValue("Set-Cookie").isEmpty(), "no session for calendar clients");
        Map<String, VEvent> events = events(reply.body());

        JsonObject tree = demoPlanTree();
        Map<String, JsonObject> activities = activities(tree);
        JsonObject hiring = activities.get("Besættelse af ledige stillinger");
        VEvent hiringEnd = events.get("activity-" + hiring.getInt("id") + "@handleplan");
        assertNotNull(hiringEnd, "Jonas is responsible as afdelingsleder: " + events.keySet());
        assertEquals("Frist: Besættelse af ledige stillinger", hiringEnd.getSummary().getValue());
        assertEquals(LocalDate.parse(hiring.getJsonObject("timeFrame").getString("endDate")),
                date(hiringEnd));
        assertFalse(hiringEnd.getDateStart().getValue().hasTime());
        assertTrue(hiringEnd.getDescription().getValue().contains("Handleplan for Bostedet Lærkereden"),
                hiringEnd.getDescription().getValue());
        assertTrue(hiringEnd.getDescription().getValue().contains("Tema: 5. Organisation og ledelse"));

        JsonObject course = activities.get("Temadag om KRAP for alle faste medarbejdere");
        JsonObject first = course.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("title").equals("Temadag om KRAP, hold 1")).findFirst().orElseThrow();
        VEvent session = events.get("milestone-" + first.getInt("id") + "@handleplan");
        assertNotNull(session, events.keySet()::toString);
        assertEquals("Temadag om KRAP, hold 1", session.getSummary().getValue());
        assertEquals(LocalDate.parse(first.getString("date")).atTime(LocalTime.parse(first.getString("startTime")))
                .atZone(ZONE).toInstant(), session.getDateStart().getValue().toInstant());

        for (String notHis : List.of("Gennemgang af metodebeskrivelsen på personalemøde", // completed
                "Introduktionsforløb for den nye afdelingsleder", // the aftaleholder's
                "Kontaktpersoner opdaterer mål og delmål for hver borger")) { // the staff's
            assertFalse(events.containsKey("activity-" + activities.get(notHis).getInt("id") + "@handleplan"), notHis);
        }
        assertEquals(events.size(), new HashSet<>(events.keySet()).size());

        // A new deadline shows; a moved one keeps its UID with a higher SEQUENCE; a completed one goes.
        long goal = goalOf(tree, "Besættelse af ledige stillinger");
        JsonObject added = admin.post("goals/" + goal + "/activities", obj("description", "Øvelse i vagtplanlægning",
                "timeFrame", obj("start", "2025-03", "end", "2025-04-04"),
                "responsible", arr(obj("role", "AFDELINGSLEDER")))).json();
        String uid = "activity-" + added.getInt("id") + "@handleplan";
        VEvent created = events(download(url).body()).get(uid);
        assertNotNull(created, "the new deadline is in the feed");
        assertEquals("Frist: Øvelse i vagtplanlægning", created.getSummary().getValue());
        assertEquals(LocalDate.of(2025, 4, 4), date(created));

        JsonObject moved = admin.put("activities/" + added.getInt("id"), obj("description", "Øvelse i vagtplanlægning",
                "timeFrame", obj("start", "2025-03", "end", "2025-04-11"), "responsible",
                arr(obj("role", "AFDELINGSLEDER")), "version", added.getJsonNumber("version").longValue())).json();
        VEvent changed = events(download(url).body()).get(uid);
        assertEquals(LocalDate.of(2025, 4, 11), date(changed));
        assertTrue(changed.getSequence().getValue() > created.getSequence().getValue());
        assertFalse(changed.getLastModified().getValue().before(created.getLastModified().getValue()));

        assertEquals(200, admin.put("activities/" + added.getInt("id"), obj("description", "Øvelse i vagtplanlægning",
                "timeFrame", obj("start", "2025-03", "end", "2025-04-11"), "responsible",
                arr(obj("role", "AFDELINGSLEDER")), "status", "COMPLETED", "completedOn", "2025-03-10",
                "version", moved.getJsonNumber("version").longValue())).status());
        assertFalse(events(download(url).body()).containsKey(uid), "completed deadlines leave the feed");
    }

    @Test
    @Order(2)
    void renewingMakesTheOldAddressAnswer404() {
        String old = renew(jonas);
        assertEquals(200, download(old).status());
        String renewed = renew(jonas);
        assertNotEquals(old, renewed);
        Api.Reply gone = download(old);
        assertEquals(404, gone.status(), gone::toString);
        assertTrue(gone.isProblem(), gone::toString);
        assertEquals(200, download(renewed).status());

        String unknown = renewed.replaceAll("[A-Za-z0-9_-]{43}\\.ics$", "A".repeat(43) + ".ics");
        assertEquals(404, download(unknown).status());
        assertEquals(404, download(renewed.replace(".ics", "")).status());

        assertEquals(200, jonas.delete("me/calendar").status());
        assertEquals(404, download(renewed).status(), "a stopped feed answers 404");
        assertFalse(jonas.get("me/calendar").json().getBoolean("active"));

        Api.Reply noPerson = admin.get("me/calendar");
        assertEquals(409, noPerson.status(), noPerson::toString);
        assertTrue(noPerson.isProblem());
        assertEquals(401, admin.anonymous().post("me/calendar/renew", "").status());
    }

    // --- e-mail ---

    @Test
    @Order(3)
    void theDigestGoesOutOncePerWeekInDanishWithRemindersOfCloseDeadlines() throws Exception {
        JsonObject tree = demoPlanTree();
        long hiring = activities(tree).get("Besættelse af ledige stillinger").getInt("id");
        created(admin.post("activities/" + hiring + "/milestones", obj("title", "Øvelse på brandvej og første"
                + " samtale", "date", "2025-03-14")));
        int before = MAIL.getReceivedMessages().length;

        Api.Reply run = admin.post("admin/digest", "");
        assertEquals(200, run.status(), run::toString);
        JsonObject counts = run.json();
        assertTrue(counts.isNull("error"), counts::toString);
        assertEquals("2025-W11", counts.getString("isoWeek"));
        int digests = counts.getInt("digests");
        int reminders = counts.getInt("reminders");
        assertTrue(digests >= 2, counts::toString);
        assertTrue(reminders >= 1 || reminderAlreadySentByTheTimer(), counts::toString);
        assertTrue(MAIL.waitForIncomingEmail(20_000, before + digests + reminders));
        List<MimeMessage> received = new ArrayList<>(List.of(MAIL.getReceivedMessages()))
                .subList(before, MAIL.getReceivedMessages().length);

        List<MimeMessage> digestMails = received.stream().filter(m -> subject(m).equals("Handleplan: dine frister i uge 11"))
                .toList();
        assertEquals(digests, digestMails.size());
        Map<String, List<MimeMessage>> byAddress = digestMails.stream().collect(Collectors.groupingBy(RemindersIT::to));
        Map<String, MimeMessage> digestTo = new java.util.HashMap<>();
        for (String demo : List.of(JONAS, "nanna.lund@example.invalid", "sara.oestergaard@example.invalid")) {
            assertEquals(1, byAddress.getOrDefault(demo, List.of()).size(), demo + " gets one digest");
            digestTo.put(demo, byAddress.get(demo).get(0));
        }
        MimeMessage toJonas = digestTo.get(JONAS);
        assertNotNull(toJonas, digestTo.keySet()::toString);
        assertEquals(List.of("Jonas Kragh <" + JONAS + ">"), List.of(toJonas.getRecipients(Message.RecipientType.TO))
                .stream().map(a -> ((InternetAddress) a).toUnicodeString()).toList());
        String text = part(toJonas, "text/plain");
        String html = part(toJonas, "text/html");
        assertTrue(text.startsWith("Hej Jonas Kragh"), text);
        assertTrue(text.contains("mandag den 10. marts 2025"), text);
        assertTrue(text.contains("Overskredne frister"), text);
        assertTrue(text.contains("- Besættelse af ledige stillinger\n  Frist 31. januar 2025, overskredet med 38 dage"),
                text);
        assertTrue(text.contains("Frister de næste 30 dage"), text);
        assertTrue(text.contains("- Temadag om KRAP, hold 1 (milepæl)\n  19. marts 2025 kl. 09.00-15.00, om 9 dage"),
                text);
        assertTrue(text.contains("Øvelse på brandvej og første samtale (milepæl)"), text);
        assertTrue(text.contains("Handleplan for Bostedet Lærkereden"), text);
        assertTrue(html.contains("<li><strong>Besættelse af ledige stillinger</strong>"), html);
        assertTrue(html.contains("Frister de næste 30 dage"), html);

        // A leader's digest lists the coercion cases of their own department only: Jonas leads Hus Ahorn,
        // Sara Hus Birk; the staff member Nanna gets none (all three come from one batch of queries).
        assertTrue(text.contains("Magtanvendelser, der venter på opfølgning eller indberetning ("), text);
        List<String> jonasCases = coercionLines(text);
        assertFalse(jonasCases.isEmpty(), text);
        assertTrue(jonasCases.stream().allMatch(line -> line.endsWith(", Hus Ahorn")), text);
        String toSara = part(digestTo.get("sara.oestergaard@example.invalid"), "text/plain");
        assertTrue(coercionLines(toSara).stream().allMatch(line -> line.endsWith(", Hus Birk")), toSara);
        String toNanna = part(digestTo.get("nanna.lund@example.invalid"), "text/plain");
        assertTrue(coercionLines(toNanna).isEmpty() && !toNanna.contains("Magtanvendelser"), toNanna);

        // Roles count in their department: the Hus Ahorn section's staff task goes to Nanna, not to Sara or Lise.
        assertTrue(part(digestTo.get("nanna.lund@example.invalid"), "text/plain")
                .contains("Kontaktpersoner opdaterer mål og delmål for hver borger"));
        assertFalse(part(digestTo.get("sara.oestergaard@example.invalid"), "text/plain")
                .contains("Fast punkt om resultater på teammødet"));
        assertFalse(byAddress.containsKey("lise.baek@example.invalid"), "nothing is due for her");

        List<MimeMessage> reminderMails = received.stream().filter(m -> subject(m).startsWith("Påmindelse: ")).toList();
        // At least: the server's own check may send other reminders meanwhile.
        assertTrue(reminderMails.size() >= reminders, reminderMails.size() + " < " + reminders);
        if (!reminderAlreadySentByTheTimer()) {
            assertTrue(reminderMails.stream().anyMatch(m -> to(m).equals(JONAS)
                    && subject(m).equals("Påmindelse: Øvelse på brandvej og første samtale om 4 dage")),
                    () -> reminderMails.stream().map(m -> to(m) + " " + subject(m)).toList().toString());
        }

        // Again: nothing new, neither digest nor reminder.
        int all = MAIL.getReceivedMessages().length;
        JsonObject again = admin.post("admin/digest", "").json();
        assertEquals(0, again.getInt("digests"), again::toString);
        assertEquals(0, again.getInt("reminders"), again::toString);
        Thread.sleep(1000);
        assertEquals(all, MAIL.getReceivedMessages().length);

        assertEquals(403, jonas.post("admin/digest", "").status());
        JsonObject audit = admin.get("audit?username=admin").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> "DigestRun".equals(e.getString("elementType", null))).findFirst().orElseThrow();
        assertEquals("CREATE", audit.getString("action"));
    }

    /** The digest's lines that name a coercion case ("- Opfølgning på magtanvendelse 4. marts 2025, Hus Ahorn"). */
    private static List<String> coercionLines(String digest) {
        return digest.lines().filter(line -> line.startsWith("- Opfølgning på magtanvendelse ")
                || line.startsWith("- Indberetning af magtanvendelse ")).toList();
    }

    /**
     * The server's own hourly check starts a minute after deployment and may have sent the reminder of
     * the milestone before the explicit run did; the mail then arrived all the same.
     */
    private static boolean reminderAlreadySentByTheTimer() {
        return List.of(MAIL.getReceivedMessages()).stream().anyMatch(m -> to(m).equals(JONAS)
                && subject(m).equals("Påmindelse: Øvelse på brandvej og første samtale om 4 dage"));
    }

    // --- helpers ---

    private static String renew(Api user) {
        Api.Reply reply = user.post("me/calendar/renew", "");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getString("feedUrl");
    }

    private Api.Reply download(String url) {
        return admin.anonymous().send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static Map<String, VEvent> events(String ics) {
        List<ICalendar> calendars = Biweekly.parse(ics).all();
        assertEquals(1, calendars.size(), ics);
        assertTrue(calendars.get(0).getExperimentalProperty("X-WR-CALNAME").getValue().contains("Jonas Kragh"));
        return calendars.get(0).getEvents().stream().collect(Collectors.toMap(e -> e.getUid().getValue(),
                Function.identity()));
    }

    private static LocalDate date(VEvent event) {
        DateTimeComponents c = event.getDateStart().getValue().getRawComponents();
        return LocalDate.of(c.getYear(), c.getMonth(), c.getDate());
    }

    private JsonObject demoPlanTree() {
        JsonObject demo = admin.get("plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").startsWith("Handleplan for Bostedet Lærkereden"))
                .findFirst().orElseThrow(() -> new AssertionError("no demo plan"));
        return admin.get("plans/" + demo.getInt("id")).json();
    }

    private static Map<String, JsonObject> activities(JsonObject tree) {
        return tree.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .flatMap(s -> s.getJsonArray("goals").getValuesAs(JsonObject.class).stream())
                .flatMap(g -> g.getJsonArray("activities").getValuesAs(JsonObject.class).stream())
                .collect(Collectors.toMap(a -> a.getString("description"), Function.identity(), (a, b) -> a));
    }

    private static long goalOf(JsonObject tree, String activity) {
        return tree.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .flatMap(s -> s.getJsonArray("goals").getValuesAs(JsonObject.class).stream())
                .filter(g -> g.getJsonArray("activities").getValuesAs(JsonObject.class).stream()
                        .anyMatch(a -> a.getString("description").equals(activity)))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            assertEquals(1, to.length);
            return ((InternetAddress) to[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of the alternative with this media type. */
    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        for (int i = 0; i < alternative.getCount(); i++) {
            var part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                assertTrue(part.getContentType().toLowerCase().contains("charset=utf-8"), part.getContentType());
                return Optional.ofNullable((String) part.getContent()).orElse("").replace("\r\n", "\n");
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
