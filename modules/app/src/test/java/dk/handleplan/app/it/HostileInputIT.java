package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input drill: a corpus of malformed and malicious requests sent to every write endpoint
 * the OpenAPI document lists (so a new endpoint is covered without editing this test). Every entry
 * of the corpus must be refused: no 5xx, no stack trace or Java class name, always problem+json with
 * status and title, and the stored state is byte for byte the same afterwards. Hostile text that is
 * valid (markup, SQL) is accepted in a separate test and must come back verbatim and be escaped.
 */
@ArquillianOnPayaraMicro
class HostileInputIT {

    private static final String DEMO = "demo-handleplan";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");
    /** What must never reach a client: stack frames and Java class names. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [a-z]+\\.[\\w.$]+\\(|(java|jakarta|javax|org\\.eclipse|org\\.glassfish|org\\.h2|org\\.postgresql|fish\\.payara|dk\\.handleplan)\\.[a-z]+\\.|Exception\\b");
    private static final String CPR = "Borger 010203-1234 har fået hjælp";
    private static final List<String> BAD_IDS = List.of("999999999", "-1",
            "99999999999999999999", "abc", "1%20or%201=1");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    URI root;
    Api admin;

    @BeforeEach
    void connect() {
        root = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        admin = new Api(root);
    }

    /** One request of the corpus, all of which must be refused. */
    record Attack(String endpoint, String category, String user, String method, String path, String contentType,
            byte[] body) {
    }

    record Endpoint(String method, String template, String bodyType) {
        String name() {
            return method + " " + template;
        }

        boolean json() {
            return "application/json".equals(bodyType);
        }
    }

    @Test
    void everyWriteEndpointRefusesTheCorpusWithProblemJsonAndWritesNothing() {
        Map<String, Long> real = realIds();
        PlanFixture foreign = new PlanFixture(admin, "Fremmed tilbud");
        Map<String, Long> foreignIds = Map.of("offers", foreign.offer, "departments", foreign.department,
                "people", foreign.person, "plans", foreign.plan, "sections", foreign.section, "goals", foreign.goal,
                "activities", foreign.activity);
        List<Endpoint> endpoints = writeEndpoints();
        assertTrue(endpoints.size() >= 80, "the OpenAPI document lists the write endpoints: " + endpoints.size());

        List<Attack> corpus = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            corpus.addAll(attacksOn(endpoint, real, foreignIds));
        }
        assertTrue(corpus.size() >= 200, "corpus size " + corpus.size());

        Map<String, String> before = StoredState.of(admin);
        Map<String, Api> users = Map.of("admin", admin, "leader", admin.as("afdelingsleder", DEMO),
                "tilsyn", admin.as("tilsyn", DEMO), "anonymous", admin.anonymous());
        Map<String, Integer> perEndpoint = new TreeMap<>();
        Map<String, Integer> perCategory = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Attack attack : corpus) {
            Api.Reply reply = send(users.get(attack.user()), attack);
            perEndpoint.merge(attack.endpoint(), 1, Integer::sum);
            perCategory.merge(attack.category(), 1, Integer::sum);
            statuses.merge(reply.status(), 1, Integer::sum);
            String fault = fault(reply);
            if (fault == null && reply.status() < 400) {
                fault = "was accepted";
            }
            if (fault != null) {
                failures.add(attack.category() + " " + attack.method() + " " + attack.path() + " as " + attack.user()
                        + ": " + fault + " -> " + cut(reply.toString()));
            }
        }
        Map<String, String> after = StoredState.of(admin);

        System.out.println("HostileInputIT: " + corpus.size() + " requests to " + endpoints.size() + " endpoints");
        System.out.println("  per category: " + perCategory);
        System.out.println("  statuses: " + statuses);
        perEndpoint.forEach((endpoint, n) -> System.out.println("  " + n + "\t" + endpoint));
        assertTrue(failures.isEmpty(), () -> failures.size() + " faults:\n" + String.join("\n", failures));
        assertEquals(List.of(), StoredState.differences(before, after), "a refused request wrote something");
    }

    @Test
    void hostileButValidTextIsStoredVerbatimAndEscapedOnThePage() throws Exception {
        PlanFixture f = new PlanFixture(admin, "Fjendtlig tekst");
        String text = "<script>alert('x')</script> '; drop table act_activity; -- \"citat\" & <b>fed</b>";
        long version = admin.get("activities/" + f.activity).version();
        Api.Reply changed = admin.put("activities/" + f.activity,
                PlanFixture.activityBody(text, "2024-08", "2025-spring", version));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(text, admin.get("activities/" + f.activity).json().getString("description"), "verbatim in JSON");

        WebSession session = WebSession.signIn(root, Api.ADMIN, Api.ADMIN_PASSWORD);
        String page = session.get("planer/" + f.plan).body();
        assertTrue(page.contains("&lt;script&gt;alert(") && page.contains("&lt;b&gt;fed&lt;/b&gt;"),
                "escaped on the plan page");
        assertFalse(page.contains("<script>alert("), "never raw markup on the page");
        assertFalse(page.contains("<b>fed</b>"));
    }

    @Test
    void hostileValuesInTheWebFormsAnswerInDanishAndWriteNothing() throws Exception {
        long plan = demoPlan();
        JsonObject tree = admin.get("plans/" + plan).json();
        long goal = firstId(tree, "goals");
        long activity = firstId(tree, "activities");
        WebSession leader = WebSession.signIn(root, "afdelingsleder", DEMO);
        Map<String, String> before = StoredState.of(admin);
        List<String[]> forms = List.of(
                new String[] {"maal/" + goal + "/aktiviteter", "beskrivelse", CPR, "start", "august 2024", "slut",
                        "foråret 2025", "status", "PLANNED"},
                new String[] {"maal/" + goal + "/aktiviteter", "beskrivelse", "Nul\u0000tegn", "start", "august 2024",
                        "slut", "foråret 2025", "status", "PLANNED"},
                new String[] {"maal/" + goal + "/aktiviteter", "beskrivelse", "Umulig dato", "start", "2025-02-30",
                        "slut", "2025-Q5", "status", "PLANNED"},
                new String[] {"maal/" + goal + "/aktiviteter", "beskrivelse", "Ukendt status", "start", "august 2024",
                        "slut", "foråret 2025", "status", "'; drop table act_activity; --"},
                new String[] {"aktiviteter/" + activity, "beskrivelse", "Forkert version", "status", "PLANNED",
                        "version", "9223372036854775808"},
                new String[] {"aktiviteter/" + activity, "beskrivelse", "Ingen version", "status", "PLANNED",
                        "version", "abc"},
                new String[] {"aktiviteter/" + activity + "/status", "status", "COMPLETED", "gennemfoert", "2025-02-30",
                        "version", "1"});
        List<String> failures = new ArrayList<>();
        for (String[] form : forms) {
            String[] fields = java.util.Arrays.copyOfRange(form, 1, form.length);
            HttpResponse<String> answer = leader.htmxPost(form[0], fields);
            boolean danish = answer.body().matches("(?s).*(ikke|Skal|æ|ø|å|Der må).*");
            if (answer.statusCode() >= 500 || answer.statusCode() < 400 || !danish
                    || LEAK.matcher(answer.body()).find()) {
                failures.add(form[0] + " " + String.join(",", fields) + " -> " + answer.statusCode() + " "
                        + cut(answer.body()));
            }
        }
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
        assertEquals(List.of(), StoredState.differences(before, StoredState.of(admin)), "a refused form wrote");
    }

    // --- the corpus ---

    private List<Attack> attacksOn(Endpoint e, Map<String, Long> real, Map<String, Long> foreign) {
        List<Attack> attacks = new ArrayList<>();
        String path = fill(e.template(), real, null);
        JsonObject valid = e.json() ? baseBody(e, path, real) : null;
        byte[] validBytes = valid == null ? new byte[0] : bytes(valid.toString());
        String type = e.bodyType();

        attacks.add(new Attack(e.name(), "no sign-in", "anonymous", e.method(), path, type, validBytes));
        if (!e.template().startsWith("/api/v1/me")) {
            attacks.add(new Attack(e.name(), "read-only role", "tilsyn", e.method(), path, type, validBytes));
        }
        Matcher first = PATH_PARAM.matcher(e.template());
        if (first.find()) {
            String collection = collectionOf(e.template());
            if (foreign.containsKey(collection)) {
                attacks.add(new Attack(e.name(), "other offer's id", "leader", e.method(),
                        fill(e.template(), real, foreign.get(collection).toString()), type, validBytes));
            }
            for (String bad : BAD_IDS) {
                attacks.add(new Attack(e.name(), "bad id", "admin", e.method(), fill(e.template(), real, bad), type,
                        validBytes));
            }
        }
        if (e.template().contains("{period}")) {
            for (String period : List.of("2025-Q5", "2025-Q0", "2025-02-30", "abc", "99999-Q1")) {
                attacks.add(new Attack(e.name(), "impossible period", "admin", e.method(),
                        path.replace("2024-Q4", period), type, validBytes));
            }
        }
        if (e.template().endsWith("/move")) {
            for (String direction : List.of("sideways", "%27%3B%20drop%20table%20x%3B--", "")) {
                attacks.add(new Attack(e.name(), "bad query", "admin", e.method(),
                        path.replaceFirst("\\?.*", "") + "?direction=" + direction, null, new byte[0]));
            }
        }
        if (e.json()) {
            attacks.addAll(bodyAttacks(e, path, valid));
        } else if (type != null) {
            attacks.add(new Attack(e.name(), "malformed file", "admin", e.method(), path, type,
                    bytes("PK\u0003\u0004 kein zip;\u0000;2025-Q5;-1;1e309\n" + CPR)));
            attacks.add(new Attack(e.name(), "wrong content type", "admin", e.method(), path, "application/json",
                    bytes("{\"x\":1}")));
        }
        return attacks;
    }

    private List<Attack> bodyAttacks(Endpoint e, String path, JsonObject valid) {
        List<Attack> attacks = new ArrayList<>();
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("empty body", new byte[0]);
        bodies.put("malformed JSON", bytes("{\"name\": "));
        bodies.put("wrong JSON type", bytes("[]"));
        bodies.put("wrong JSON type ", bytes("\"tekst\""));
        bodies.put("wrong JSON type  ", bytes("42"));
        bodies.put("deep nesting", bytes("[".repeat(20_000) + "]".repeat(20_000)));
        bodies.put("deep nesting ", bytes("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        bodies.put("huge body", bytes("{\"text\":\"" + "a".repeat(1024 * 1024 + 100) + "\"}"));
        bodies.put("unknown property", bytes(with(valid, "isAdmin", JsonValue.TRUE)));
        int strings = 0;
        for (Map.Entry<String, JsonValue> field : valid.entrySet()) {
            String key = field.getKey();
            JsonValue.ValueType kind = field.getValue().getValueType();
            if (kind == JsonValue.ValueType.STRING && strings++ < 2 && !isDate(key)) {
                bodies.put("CPR number in " + key, bytes(with(valid, key, Json.createValue(CPR))));
                bodies.put("U+0000 in " + key, bytes(with(valid, key, Json.createValue("før\u0000efter"))));
                bodies.put("U+0007 in " + key, bytes(with(valid, key, Json.createValue("klokke\u0007"))));
                bodies.put("U+001B in " + key, bytes(with(valid, key, Json.createValue("\u001b[31mrød"))));
                bodies.put("lone surrogate in " + key, bytes(with(valid, key, "\"halv \\ud800 surrogat\"")));
                bodies.put("invalid UTF-8 in " + key, invalidUtf8(valid, key));
                bodies.put("wrong type in " + key, bytes(with(valid, key, "{\"nested\":{}}")));
            }
            if (isDate(key)) {
                bodies.put("impossible date in " + key, bytes(with(valid, key, Json.createValue("2025-02-30"))));
            }
            if (kind == JsonValue.ValueType.NUMBER) {
                bodies.put("2^63 in " + key, bytes(with(valid, key, "9223372036854775808")));
                bodies.put("1e309 in " + key, bytes(with(valid, key, "1e309")));
                bodies.put("text for number in " + key, bytes(with(valid, key, Json.createValue("mange"))));
                if (!key.equals("version")) {
                    bodies.put("-1 in " + key, bytes(with(valid, key, "-1")));
                    // JSON-B used to wrap this to 1 in an int field
                    bodies.put("2^32+1 in " + key, bytes(with(valid, key, "4294967297")));
                }
            }
        }
        if (valid.containsKey("timeFrame")) {
            bodies.put("impossible period", bytes(with(valid, "timeFrame", "{\"start\":\"2025-Q5\",\"end\":\"2025-spring\"}")));
            bodies.put("impossible date in timeFrame", bytes(with(valid, "timeFrame", "{\"start\":\"2025-02-30\",\"end\":\"2025\"}")));
            bodies.put("end before start", bytes(with(valid, "timeFrame", "{\"start\":\"2025-06\",\"end\":\"2024-01\"}")));
        }
        if (valid.containsKey("quarter")) {
            bodies.put("impossible quarter", bytes(with(valid, "quarter", Json.createValue("2025-Q5"))));
            bodies.put("far-future quarter", bytes(with(valid, "quarter", Json.createValue("2999-Q1"))));
        }
        bodies.forEach((category, body) -> attacks.add(new Attack(e.name(), category.strip().replaceFirst(" in .*", ""),
                "admin", e.method(), path, "application/json", body)));
        attacks.add(new Attack(e.name(), "wrong content type", "admin", e.method(), path, "text/plain",
                bytes(valid.toString())));
        attacks.add(new Attack(e.name(), "wrong content type", "admin", e.method(), path, "application/xml",
                bytes("<offer><name>x</name></offer>")));
        return attacks;
    }

    private static boolean isDate(String key) {
        return key.equals("date") || key.endsWith("On") || key.endsWith("Date") || key.endsWith("At");
    }

    /** A valid body for the endpoint where the test knows one (so each attack differs from it by one fault). */
    private JsonObject baseBody(Endpoint e, String path, Map<String, Long> real) {
        String schema = e.template().replaceAll("/\\{\\w+}", "").replaceAll(".*/", "");
        Long version = e.method().equals("PUT") ? versionAt(path) : null;
        JsonObjectBuilder body = Json.createObjectBuilder();
        switch (schema) {
            case "activities" -> {
                return withVersion(PlanFixture.activityBody("Grundlag", "2024-08", "2025-spring", null), version);
            }
            case "notes" -> body.add("text", "Notat om fremdrift").add("date", "2025-03-01");
            case "goals" -> body.add("text", "Et mål").add("expectedEffect", "En effekt");
            case "sections" -> body.add("theme", "ORGANISATION_OG_LEDELSE").add("subject", "Et emne")
                    .add("indicatorRef", "9b");
            case "offers" -> body.add("name", "Et tilbud").add("municipality", "En kommune");
            case "departments" -> body.add("name", "En afdeling");
            case "people" -> body.add("name", "En person").add("email", "p@example.invalid").add("jobTitle", "Pædagog");
            case "milestones" -> body.add("title", "En milepæl").add("date", "2025-04-01");
            case "comments" -> body.add("text", "En bemærkning");
            case "staff-figures" -> body.add("quarter", "2024-Q3").add("headcountStart", 10).add("headcountEnd", 11)
                    .add("employmentDays", 900).add("resigned", 1).add("sickDays", 20).add("plannedHours", 1000);
            case "coercion-cases" -> body.add("departmentId", real.get("departments"))
                    .add("occurredAt", "2025-03-01T10:00:00").add("residentRef", "Beboer A").add("measureKind", "X")
                    .add("ruleSet", "X").add("acute", false).add("durationMinutes", 5);
            default -> body.add("name", "Et navn").add("text", "En tekst");
        }
        return withVersion(body.build(), version);
    }

    private static JsonObject withVersion(JsonObject body, Long version) {
        JsonObjectBuilder b = Json.createObjectBuilder(body);
        b.remove("version");
        return version == null ? b.build() : b.add("version", version).build();
    }

    private Long versionAt(String path) {
        Api.Reply reply = admin.get(path.replaceFirst("^/api/v1/", ""));
        if (reply.status() != 200 || !reply.body().startsWith("{")) {
            return 1L;
        }
        JsonObject json = reply.json();
        return json.containsKey("version") ? json.getJsonNumber("version").longValue() : 1L;
    }

    private static String with(JsonObject body, String key, JsonValue value) {
        return Json.createObjectBuilder(body).add(key, value).build().toString();
    }

    /** The body with one field's value replaced by raw JSON text (for values JSON-P cannot build). */
    private static String with(JsonObject body, String key, String rawJson) {
        String marker = "\"@@raw@@\"";
        return with(body, key, Json.createValue("@@raw@@")).replace(marker, rawJson);
    }

    private static byte[] invalidUtf8(JsonObject body, String key) {
        String[] parts = with(body, key, Json.createValue("@@bytes@@")).split("@@bytes@@", 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(parts[0] + "ab"));
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3});
        out.writeBytes(bytes(parts[1]));
        return out.toByteArray();
    }

    // --- checks and plumbing ---

    /** What is wrong with an answer, or null. */
    private static String fault(Api.Reply reply) {
        if (reply.status() >= 500) {
            return "server error";
        }
        if (LEAK.matcher(reply.body()).find()) {
            return "leaks Java internals";
        }
        if (reply.status() >= 400) {
            if (!reply.isProblem()) {
                return "not problem+json";
            }
            try {
                JsonObject problem = reply.json();
                if (problem.getInt("status") != reply.status() || problem.getString("title", "").isBlank()) {
                    return "problem without status or title";
                }
            } catch (RuntimeException e) {
                return "problem+json that does not parse";
            }
        }
        return null;
    }

    private static Api.Reply send(Api user, Attack attack) {
        HttpRequest.Builder request = HttpRequest.newBuilder(user.uri(attack.path()))
                .method(attack.method(), attack.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(attack.body()));
        if (attack.contentType() != null) {
            request.header("Content-Type", attack.contentType());
        }
        return user.send(request);
    }

    private List<Endpoint> writeEndpoints() {
        Api.Reply openapi = admin.send(HttpRequest.newBuilder(admin.uri("/openapi")).header("Accept", "application/json"));
        assertEquals(200, openapi.status());
        List<Endpoint> endpoints = new ArrayList<>();
        openapi.json().getJsonObject("paths").forEach((template, operations) -> {
            ((JsonObject) operations).forEach((method, operation) -> {
                if (List.of("post", "put", "patch", "delete").contains(method)) {
                    JsonObject content = ((JsonObject) operation).containsKey("requestBody")
                            ? ((JsonObject) operation).getJsonObject("requestBody").getJsonObject("content") : null;
                    String bodyType = content == null || content.isEmpty() ? null
                            : content.containsKey("application/json") ? "application/json" : content.keySet().iterator().next();
                    endpoints.add(new Endpoint(method.toUpperCase(), template, bodyType));
                }
            });
        });
        return endpoints;
    }

    /** The path with each parameter replaced by a real id of its collection (or by {@code override} for the first). */
    private static String fill(String template, Map<String, Long> real, String override) {
        String[] segments = template.split("/");
        StringBuilder path = new StringBuilder();
        boolean first = true;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("{period}")) {
                segment = "2024-Q4";
            } else if (segment.startsWith("{")) {
                segment = first && override != null ? override : String.valueOf(real.getOrDefault(segments[i - 1], 1L));
                first = false;
            }
            path.append('/').append(segment);
        }
        return path + (template.endsWith("/move") ? "?direction=up" : "");
    }

    private static String collectionOf(String template) {
        Matcher m = Pattern.compile("/api/v1/([\\w-]+)/\\{").matcher(template);
        return m.find() ? m.group(1) : "";
    }

    /** A real id for each collection of the API, from the demo data. */
    private Map<String, Long> realIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        long plan = demoPlan();
        JsonObject tree = admin.get("plans/" + plan + "?archived=true").json();
        long offer = tree.getJsonObject("plan").getJsonNumber("offerId").longValue();
        ids.put("plans", plan);
        ids.put("offers", offer);
        for (String part : List.of("sections", "goals", "activities", "notes", "milestones")) {
            ids.put(part, firstId(tree, part));
        }
        JsonObject offerJson = admin.get("offers/" + offer).json();
        long department = firstId(offerJson, "departments");
        ids.put("departments", department);
        ids.put("people", firstOf("people"));
        ids.put("staff-figures", firstOf("departments/" + department + "/staff-figures"));
        ids.put("targets", firstOf("offers/" + offer + "/targets"));
        ids.put("benchmarks", firstOf("benchmarks"));
        ids.put("coercion-cases", firstOf("offers/" + offer + "/coercion-cases"));
        ids.put("coercion-follow-ups", firstOf("coercion-cases/" + ids.get("coercion-cases") + "/follow-ups"));
        ids.put("comments", firstOf("plans/" + plan + "/comments"));
        ids.put("revisions", firstOf("plans/" + plan + "/revisions"));
        ids.put("supervisor-grants", firstOf("offers/" + offer + "/supervisors"));
        ids.put("coercion-measure-kinds", firstOf("coercion-measure-kinds"));
        ids.put("users", admin.get("users").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals("medarbejder")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue());
        for (long person : admin.get("people").array().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue()).toList()) {
            long role = firstOf("people/" + person + "/roles");
            if (role != 1L) {
                ids.put("roles", role);
                break;
            }
        }
        return ids;
    }

    private long firstOf(String list) {
        Api.Reply reply = admin.get(list);
        if (reply.status() != 200 || !reply.body().startsWith("[") || reply.array().isEmpty()) {
            return 1L;
        }
        return reply.array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The id of the first element found anywhere under a key of that name. */
    private static long firstId(JsonValue json, String key) {
        if (json instanceof JsonObject object) {
            if (object.get(key) instanceof jakarta.json.JsonArray array && !array.isEmpty()
                    && array.get(0) instanceof JsonObject element && element.containsKey("id")) {
                return element.getJsonNumber("id").longValue();
            }
            for (JsonValue child : object.values()) {
                long found = firstId(child, key);
                if (found != 1L) {
                    return found;
                }
            }
        } else if (json instanceof jakarta.json.JsonArray array) {
            for (JsonValue child : array) {
                long found = firstId(child, key);
                if (found != 1L) {
                    return found;
                }
            }
        }
        return 1L;
    }

    private long demoPlan() {
        return admin.get("plans").array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("title").startsWith("Handleplan for Bostedet Lærkereden")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }


    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
