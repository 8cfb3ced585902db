package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.arr;
import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint x every role x the caller's own offer and another offer, with the answer the
 * access rules (docs/security.md) prescribe. "Own" is the demo offer, where the demo users hold
 * their roles and the demo supervisor has access; "other" is an offer created here that none of
 * them belongs to. Calls that should succeed and change something run on fresh elements.
 */
@ArquillianOnPayaraMicro
class AccessMatrixIT {

    private static final String DEMO_PASSWORD = "demo-handleplan";
    private static final List<String> ROLES = List.of("admin", "aftaleholder", "afdelingsleder", "medarbejder",
            "tilsyn");

    /** The access classes of the endpoints, each with its expected answers. */
    enum Rule {
        READ, EDIT, ADD_NOTE, ADMIN_ON_OFFER, GRANT, AUDIT, COMMENT, COERCION_DETAILS, ADMIN_GLOBAL, SIGNED_IN,
        CREATE_PLAN, OWN_PERSON;

        /** The expected status, where {@code ok} is the endpoint's success status. */
        int expected(String role, boolean own, int ok) {
            if (this == OWN_PERSON) {
                // Accounts without a person (the administrator, the supervisor) have no deadlines of their own.
                return role.equals("admin") || role.equals("tilsyn") ? 409 : ok;
            }
            if (role.equals("admin")) {
                return ok;
            }
            return switch (this) {
                case SIGNED_IN, OWN_PERSON -> ok;
                case ADMIN_GLOBAL -> 403;
                case CREATE_PLAN -> !own ? 400 : role.equals("afdelingsleder") ? ok : 403;
                case READ -> own ? ok : 404;
                case EDIT -> !own ? 404 : role.equals("afdelingsleder") ? ok : 403;
                case ADD_NOTE -> !own ? 404 : role.equals("afdelingsleder") || role.equals("medarbejder") ? ok : 403;
                case ADMIN_ON_OFFER -> own ? 403 : 404;
                case GRANT -> !own ? 404 : role.equals("aftaleholder") ? ok : 403;
                case AUDIT, COMMENT, COERCION_DETAILS -> !own ? 404
                        : role.equals("aftaleholder") || role.equals("afdelingsleder") ? ok : 403;
            };
        }
    }

    /** One endpoint: method, path with {placeholders}, body, success status, rule. */
    record Endpoint(String method, String path, Function<World, JsonValue> body, int ok, Rule rule) {
    }

    /** The elements of one offer that the paths name. */
    static final class World {
        final Map<String, Long> ids = new HashMap<>();

        long id(String key) {
            return ids.get(key);
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("handleplan.war")));
    }

    @ArquillianResource
    URL base;

    private Api admin;
    private long demoOffer;
    private long otherOffer;
    private int counter;

    @Test
    void everyEndpointAnswersEveryRoleAsSpecified() {
        admin = new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
        demoOffer = admin.get("offers").array().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Bostedet Lærkereden")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        otherOffer = PlanFixture.created(admin.post("offers", obj("name", "Et andet tilbud")));
        PlanFixture.created(admin.post("users", obj("username", "matrix.tilsyn", "password", "matrix-tilsyn-1")));
        World own = world(demoOffer);
        World other = world(otherOffer);

        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (Endpoint endpoint : endpoints()) {
            for (String role : ROLES) {
                for (boolean isOwn : new boolean[] {true, false}) {
                    int expected = endpoint.rule().expected(role, isOwn, endpoint.ok());
                    boolean changes = !endpoint.method().equals("GET") && expected < 300;
                    World world = changes ? world(isOwn ? demoOffer : otherOffer) : isOwn ? own : other;
                    Api.Reply reply = call(as(role), endpoint, world);
                    cases++;
                    // Pages (paths from the root) answer errors with the Danish error page, the API with problem+json.
                    boolean page = endpoint.path().startsWith("/");
                    if (reply.status() != expected || (expected >= 400 && !page && !reply.isProblem())) {
                        failures.add(endpoint.method() + " " + endpoint.path() + " as " + role + " on "
                                + (isOwn ? "own" : "other") + " offer: expected " + expected + ", got " + reply);
                    }
                }
            }
        }
        // The last endpoint archives offers; bring them back for the other tests. Archive the benchmarks for
        // all offers made here, so other tests' figures are not measured against them.
        admin.post("offers/" + demoOffer + "/restore", "");
        admin.get("benchmarks").array().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("name").startsWith("Matrix"))
                .forEach(b -> admin.delete("benchmarks/" + b.getJsonNumber("id").longValue()));
        admin.post("offers/" + otherOffer + "/restore", "");
        System.out.printf("AccessMatrixIT: %d endpoints x %d roles x 2 offers = %d cases%n", endpoints().size(),
                ROLES.size(), cases);
        assertEquals(List.of(), failures, failures.size() + " of " + cases + " cases differ");
    }

    @Test
    void listsShowOnlyWhatTheCallerMayRead() {
        admin = new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"));
        long hidden = PlanFixture.created(admin.post("offers", obj("name", "Skjult tilbud")));
        long hiddenPlan = PlanFixture.created(admin.post("plans", obj("offerId", hidden, "title", "Skjult plan")));
        for (String role : ROLES.subList(1, ROLES.size())) {
            Api user = as(role);
            assertFalse(user.get("offers").body().contains("Skjult tilbud"), role);
            assertTrue(user.get("offers").body().contains("Bostedet Lærkereden"), role);
            assertFalse(user.get("plans").body().contains("Skjult plan"), role);
            assertEquals(404, user.get("plans/" + hiddenPlan).status(), role);
            assertEquals(0, user.get("people?offerId=" + hidden).array().size(), role);
        }
        assertTrue(admin.get("plans").body().contains("Skjult plan"));
        assertEquals(401, admin.anonymous().get("plans/" + hiddenPlan).status());
    }

    private Api as(String role) {
        return role.equals("admin") ? admin : admin.as(role, DEMO_PASSWORD);
    }

    private Api.Reply call(Api api, Endpoint endpoint, World world) {
        String path = endpoint.path();
        for (Map.Entry<String, Long> id : world.ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", Long.toString(id.getValue()));
        }
        JsonValue body = endpoint.body() == null ? null : endpoint.body().apply(world);
        String json = body == null ? "" : body.toString();
        return switch (endpoint.method()) {
            case "GET" -> api.get(path);
            case "POST" -> path.contains("staff-figures/import") ? MonitoringIT.postCsv(api, path,
                    ((jakarta.json.JsonString) body).getString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    : api.post(path, json);
            case "PUT" -> api.put(path, json);
            case "DELETE" -> api.delete(path);
            default -> throw new IllegalArgumentException(endpoint.method());
        };
    }

    /** A fresh set of elements in the offer, made by the administrator. */
    private World world(long offer) {
        int n = ++counter;
        World w = new World();
        w.ids.put("offer", offer);
        w.ids.put("department", PlanFixture.created(admin.post("offers/" + offer + "/departments",
                obj("name", "Hus " + n))));
        long person = PlanFixture.created(admin.post("people", obj("name", "Person " + n)));
        w.ids.put("person", person);
        w.ids.put("role", PlanFixture.created(admin.post("people/" + person + "/roles",
                obj("role", "TR", "offerId", offer))));
        w.ids.put("plan", PlanFixture.created(admin.post("plans", obj("offerId", offer, "title", "Plan " + n,
                "status", "ACTIVE"))));
        w.ids.put("section", PlanFixture.created(admin.post("plans/" + w.id("plan") + "/sections",
                obj("theme", "KOMPETENCER", "subject", "Emne " + n))));
        w.ids.put("goal", PlanFixture.created(admin.post("sections/" + w.id("section") + "/goals",
                obj("text", "Mål " + n))));
        w.ids.put("activity", PlanFixture.created(admin.post("goals/" + w.id("goal") + "/activities",
                obj("description", "Aktivitet " + n, "responsible", arr(obj("role", "MEDARBEJDER"))))));
        w.ids.put("note", PlanFixture.created(admin.post("activities/" + w.id("activity") + "/notes",
                obj("text", "Note " + n))));
        w.ids.put("milestone", PlanFixture.created(admin.post("activities/" + w.id("activity") + "/milestones",
                obj("title", "Milepæl " + n, "date", "2025-04-01"))));
        w.ids.put("revision", PlanFixture.created(admin.post("plans/" + w.id("plan") + "/revisions", "{}")));
        w.ids.put("grant", PlanFixture.created(admin.post("offers/" + offer + "/supervisors",
                obj("username", "matrix.tilsyn", "validUntil", "2025-06-30"))));
        w.ids.put("comment", PlanFixture.created(admin.post("plans/" + w.id("plan") + "/comments",
                obj("text", "Bemærkning " + n, "target", "GOAL", "targetId", w.id("goal")))));
        w.ids.put("staffFigures", PlanFixture.created(admin.post("departments/" + w.id("department")
                + "/staff-figures", staffFigures("2024-Q3", null))));
        w.ids.put("benchmark", PlanFixture.created(admin.post("offers/" + offer + "/benchmarks",
                obj("figure", "TURNOVER", "name", "Matrix " + n))));
        w.ids.put("globalBenchmark", PlanFixture.created(admin.post("benchmarks",
                obj("figure", "TEMP_SHARE", "name", "Matrix " + n))));
        w.ids.put("target", PlanFixture.created(admin.post("offers/" + offer + "/targets", obj("figure", "TEMP_SHARE",
                "departmentId", w.id("department"), "value", 8.0))));
        w.ids.put("coercionCase", PlanFixture.created(admin.post("offers/" + offer + "/coercion-cases",
                CoercionIT.caseBody(w.id("department"), "2025-03-01T10:00", "ACUTE_HOLDING", "ADULT", true, null, null,
                        null))));
        w.ids.put("coercionStep", PlanFixture.created(admin.post("coercion-cases/" + w.id("coercionCase")
                + "/follow-ups", CoercionIT.step("STAFF_DEBRIEF", "2025-03-02", null))));
        w.ids.put("user", PlanFixture.created(admin.post("users", obj("username", "bruger." + n,
                "password", "bruger-kode-" + n + "x"))));
        return w;
    }

    static JsonObject staffFigures(String quarter, Long version) {
        return obj("quarter", quarter, "headcountStart", 10, "headcountEnd", 11, "resigned", 1, "hires", 2,
                "sickDays", 20, "plannedHours", 3800, "internalTempHours", 100, "version", version);
    }

    private long version(String path) {
        return admin.get(path).version();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> e = new ArrayList<>();
        Function<World, JsonValue> none = w -> null;
        // offers and departments
        e.add(new Endpoint("GET", "offers", none, 200, Rule.SIGNED_IN));
        e.add(new Endpoint("POST", "offers", w -> obj("name", "Nyt tilbud"), 201, Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("GET", "offers/{offer}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "offers/{offer}", w -> obj("name", w.id("offer") == demoOffer
                ? "Bostedet Lærkereden" : "Et andet tilbud", "version", version("offers/" + w.id("offer"))), 200,
                Rule.ADMIN_ON_OFFER));
        e.add(new Endpoint("POST", "offers/{offer}/restore", none, 200, Rule.ADMIN_ON_OFFER));
        e.add(new Endpoint("GET", "offers/{offer}/departments", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "offers/{offer}/departments", w -> obj("name", "Nyt hus"), 201,
                Rule.ADMIN_ON_OFFER));
        e.add(new Endpoint("GET", "offers/{offer}/supervisors", none, 200, Rule.GRANT));
        e.add(new Endpoint("POST", "offers/{offer}/supervisors", w -> obj("username", "matrix.tilsyn",
                "validUntil", "2025-05-01"), 201, Rule.GRANT));
        e.add(new Endpoint("GET", "supervisor-grants/{grant}", none, 200, Rule.GRANT));
        e.add(new Endpoint("GET", "offers/{offer}/audit", none, 200, Rule.AUDIT));
        e.add(new Endpoint("GET", "audit?username=admin", none, 200, Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("DELETE", "supervisor-grants/{grant}", none, 200, Rule.GRANT));
        e.add(new Endpoint("GET", "departments/{department}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "departments/{department}", w -> obj("name", "Omdøbt hus",
                "version", version("departments/" + w.id("department"))), 200, Rule.ADMIN_ON_OFFER));
        e.add(new Endpoint("DELETE", "departments/{department}", none, 200, Rule.ADMIN_ON_OFFER));
        e.add(new Endpoint("POST", "departments/{department}/restore", none, 200, Rule.ADMIN_ON_OFFER));
        // people and roles
        e.add(new Endpoint("GET", "people", none, 200, Rule.SIGNED_IN));
        e.add(new Endpoint("POST", "people", w -> obj("name", "Ny person"), 201, Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("GET", "people/{person}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "people/{person}", w -> obj("name", "Omdøbt person",
                "version", version("people/" + w.id("person"))), 200, Rule.ADMIN_ON_OFFER));
        e.add(new Endpoint("DELETE", "people/{person}", none, 200, Rule.ADMIN_ON_OFFER));
        e.add(new Endpoint("POST", "people/{person}/restore", none, 200, Rule.ADMIN_ON_OFFER));
        e.add(new Endpoint("GET", "people/{person}/roles", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "people/{person}/roles", w -> obj("role", "AMR", "offerId", w.id("offer")), 201,
                Rule.ADMIN_ON_OFFER));
        e.add(new Endpoint("GET", "roles/{role}", none, 200, Rule.READ));
        e.add(new Endpoint("DELETE", "roles/{role}", none, 200, Rule.ADMIN_ON_OFFER));
        // themes, me, users
        e.add(new Endpoint("GET", "themes", none, 200, Rule.SIGNED_IN));
        e.add(new Endpoint("GET", "themes/catalogues", none, 200, Rule.SIGNED_IN));
        e.add(new Endpoint("GET", "me", none, 200, Rule.SIGNED_IN));
        e.add(new Endpoint("GET", "me/calendar", none, 200, Rule.OWN_PERSON));
        e.add(new Endpoint("POST", "me/calendar/renew", none, 200, Rule.OWN_PERSON));
        e.add(new Endpoint("DELETE", "me/calendar", none, 200, Rule.OWN_PERSON));
        e.add(new Endpoint("POST", "admin/digest", none, 200, Rule.ADMIN_GLOBAL));
        // A real backup on H2; on PostgreSQL the endpoint points to pg_dump instead.
        e.add(new Endpoint("POST", "admin/backup", none, ServerProcess.onPostgreSql() ? 409 : 200, Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("GET", "users", none, 200, Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("POST", "users", w -> obj("username", "ny.bruger." + (++counter), "password",
                "ny-bruger-kode-1"), 201, Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("GET", "users/{user}", none, 200, Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("POST", "users/{user}/deactivate", none, 200, Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("POST", "users/{user}/activate", none, 200, Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("POST", "users/{user}/reset-password", w -> obj("password", "nulstillet-kode-9"), 200,
                Rule.ADMIN_GLOBAL));
        // plans
        e.add(new Endpoint("GET", "plans", none, 200, Rule.SIGNED_IN));
        e.add(new Endpoint("POST", "plans", w -> obj("offerId", w.id("offer"), "title", "Ny plan"), 201,
                Rule.CREATE_PLAN));
        e.add(new Endpoint("GET", "plans/{plan}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "plans/{plan}", w -> obj("offerId", w.id("offer"), "title", "Omdøbt plan",
                "status", "ACTIVE", "version", admin.get("plans/" + w.id("plan")).json().getJsonObject("plan")
                        .getJsonNumber("version").longValue()), 200,
                Rule.EDIT));
        e.add(new Endpoint("DELETE", "plans/{plan}", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "plans/{plan}/restore", none, 200, Rule.EDIT));
        e.add(new Endpoint("GET", "plans/{plan}/sections", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "plans/{plan}/sections", w -> obj("theme", "FYSISKE_RAMMER", "subject", "Nyt"),
                201, Rule.EDIT));
        e.add(new Endpoint("GET", "plans/{plan}/deadlines", none, 200, Rule.READ));
        // revisions and exports
        e.add(new Endpoint("GET", "plans/{plan}/revisions", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "plans/{plan}/revisions", w -> obj("comment", "Ny revision"), 201, Rule.EDIT));
        e.add(new Endpoint("GET", "plans/{plan}/revisions/1", none, 200, Rule.READ));
        e.add(new Endpoint("GET", "plans/{plan}/revisions/compare?from=1", none, 200, Rule.READ));
        e.add(new Endpoint("GET", "revisions/{revision}", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "revisions/{revision}/review", w -> obj("decision", "SIGN_OFF", "version",
                version("revisions/" + w.id("revision"))), 200, Rule.GRANT));
        e.add(new Endpoint("GET", "plans/{plan}/export?format=csv", none, 200, Rule.READ));
        e.add(new Endpoint("GET", "plans/{plan}/export?format=json&revision=1", none, 200, Rule.READ));
        // sections
        e.add(new Endpoint("GET", "sections/{section}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "sections/{section}", w -> obj("theme", "KOMPETENCER", "subject", "Ændret",
                "version", version("sections/" + w.id("section"))), 200, Rule.EDIT));
        e.add(new Endpoint("DELETE", "sections/{section}", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "sections/{section}/restore", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "sections/{section}/move?direction=up", none, 200, Rule.EDIT));
        e.add(new Endpoint("GET", "sections/{section}/goals", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "sections/{section}/goals", w -> obj("text", "Nyt mål"), 201, Rule.EDIT));
        // goals
        e.add(new Endpoint("GET", "goals/{goal}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "goals/{goal}", w -> obj("text", "Ændret mål",
                "version", version("goals/" + w.id("goal"))), 200, Rule.EDIT));
        e.add(new Endpoint("DELETE", "goals/{goal}", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "goals/{goal}/restore", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "goals/{goal}/move?direction=down", none, 200, Rule.EDIT));
        e.add(new Endpoint("GET", "goals/{goal}/activities", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "goals/{goal}/activities", w -> obj("description", "Ny aktivitet"), 201,
                Rule.EDIT));
        // activities
        e.add(new Endpoint("GET", "activities/{activity}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "activities/{activity}", w -> obj("description", "Ændret aktivitet",
                "version", version("activities/" + w.id("activity"))), 200, Rule.EDIT));
        e.add(new Endpoint("DELETE", "activities/{activity}", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "activities/{activity}/restore", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "activities/{activity}/move?direction=up", none, 200, Rule.EDIT));
        e.add(new Endpoint("GET", "activities/{activity}/notes", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "activities/{activity}/notes", w -> obj("text", "Fremdrift"), 201,
                Rule.ADD_NOTE));
        e.add(new Endpoint("GET", "activities/{activity}/milestones", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "activities/{activity}/milestones", w -> obj("title", "Ny", "date", "2025-05-01"),
                201, Rule.EDIT));
        // notes and milestones
        e.add(new Endpoint("GET", "notes/{note}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "notes/{note}", w -> obj("text", "Rettet note",
                "version", version("notes/" + w.id("note"))), 200, Rule.EDIT));
        e.add(new Endpoint("DELETE", "notes/{note}", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "notes/{note}/restore", none, 200, Rule.EDIT));
        e.add(new Endpoint("GET", "milestones/{milestone}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "milestones/{milestone}", w -> obj("title", "Flyttet", "date", "2025-04-02",
                "version", version("milestones/" + w.id("milestone"))), 200, Rule.EDIT));
        e.add(new Endpoint("DELETE", "milestones/{milestone}", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "milestones/{milestone}/restore", none, 200, Rule.EDIT));
        // monitoring
        e.add(new Endpoint("GET", "departments/{department}/staff-figures", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "departments/{department}/staff-figures", w -> staffFigures("2024-Q4", null), 201,
                Rule.EDIT));
        e.add(new Endpoint("GET", "departments/{department}/key-figures?quarter=2024-Q3", none, 200, Rule.READ));
        e.add(new Endpoint("GET", "offers/{offer}/key-figures?quarter=2024-Q3", none, 200, Rule.READ));
        e.add(new Endpoint("GET", "staff-figures/{staffFigures}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "staff-figures/{staffFigures}", w -> staffFigures("2024-Q3",
                version("staff-figures/" + w.id("staffFigures"))), 200, Rule.EDIT));
        e.add(new Endpoint("POST", "offers/{offer}/staff-figures/import?dryRun=true", w -> jakarta.json.Json.createValue(
                "afdeling;kvartal;ansatte_start;ansatte_slut\n" + w.id("department") + ";2024-Q2;10;10\n"), 200, Rule.EDIT));
        e.add(new Endpoint("POST", "offers/{offer}/staff-figures/import", w -> jakarta.json.Json.createValue(
                "afdeling;kvartal;ansatte_start;ansatte_slut\n" + w.id("department") + ";2024-Q1;10;10\n"), 200, Rule.EDIT));
        // monitoring pages: charts, the comparison, the offer's page, the import page
        e.add(new Endpoint("GET", "/noegletal/afdeling/{department}/graf/personalegennemstroemning.svg?kvartal=2024-Q3",
                none, 200, Rule.READ));
        e.add(new Endpoint("GET", "/noegletal/tilbud/{offer}/graf/sygefravaer-tilbudsportalen.svg", none, 200,
                Rule.READ));
        e.add(new Endpoint("GET", "/noegletal/tilbud/{offer}", none, 200, Rule.READ));
        e.add(new Endpoint("GET", "/noegletal/sammenligning", none, 200, Rule.SIGNED_IN));
        e.add(new Endpoint("GET", "/noegletal/tilbud/{offer}/import", none, 200, Rule.EDIT));
        // benchmarks and targets
        e.add(new Endpoint("GET", "benchmarks", none, 200, Rule.SIGNED_IN));
        e.add(new Endpoint("POST", "benchmarks", w -> obj("figure", "TEMP_SHARE", "name", "Matrix ny"), 201,
                Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("GET", "benchmarks/{globalBenchmark}", none, 200, Rule.SIGNED_IN));
        e.add(new Endpoint("PUT", "benchmarks/{globalBenchmark}/values/2023", w -> obj("value", 7.5), 200,
                Rule.ADMIN_GLOBAL));
        e.add(new Endpoint("GET", "offers/{offer}/benchmarks", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "offers/{offer}/benchmarks", w -> obj("figure", "TURNOVER", "name", "Matrix egen"),
                201, Rule.EDIT));
        e.add(new Endpoint("GET", "benchmarks/{benchmark}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "benchmarks/{benchmark}", w -> obj("figure", "TURNOVER", "name", "Matrix omdøbt",
                "version", version("benchmarks/" + w.id("benchmark"))), 200, Rule.EDIT));
        e.add(new Endpoint("PUT", "benchmarks/{benchmark}/values/2024", w -> obj("value", 17.5), 200, Rule.EDIT));
        e.add(new Endpoint("DELETE", "benchmarks/{benchmark}", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "benchmarks/{benchmark}/restore", none, 200, Rule.EDIT));
        e.add(new Endpoint("GET", "offers/{offer}/targets", none, 200, Rule.READ));
        e.add(new Endpoint("POST", "offers/{offer}/targets", w -> obj("figure", "SICK_LEAVE_MUNICIPAL",
                "departmentId", w.id("department"), "value", 12.0), 201, Rule.EDIT));
        e.add(new Endpoint("GET", "targets/{target}", none, 200, Rule.READ));
        e.add(new Endpoint("PUT", "targets/{target}", w -> obj("figure", "TEMP_SHARE", "departmentId",
                w.id("department"), "value", 9.0, "version", version("targets/" + w.id("target"))), 200, Rule.EDIT));
        e.add(new Endpoint("DELETE", "targets/{target}", none, 200, Rule.EDIT));
        e.add(new Endpoint("POST", "targets/{target}/restore", none, 200, Rule.EDIT));
        e.add(new Endpoint("GET", "offers/{offer}/annual-key-figures?year=2024", none, 200, Rule.READ));
        e.add(new Endpoint("GET", "offers/{offer}/figure-series/TURNOVER", none, 200, Rule.READ));
        e.add(new Endpoint("GET", "departments/{department}/figure-series/SICK_LEAVE_MUNICIPAL?quarters=4", none, 200,
                Rule.READ));
        e.add(new Endpoint("GET", "/noegletal/maal/tilbud/{offer}", none, 200, Rule.READ));
        // coercion pages: the list (counts for those without details), forms, the case page, the reports
        e.add(new Endpoint("GET", "/magtanvendelser", none, 200, Rule.SIGNED_IN));
        e.add(new Endpoint("GET", "/magtanvendelser/tilbud/{offer}/ny", none, 200, Rule.EDIT));
        e.add(new Endpoint("GET", "/magtanvendelser/sag/{coercionCase}", none, 200, Rule.COERCION_DETAILS));
        e.add(new Endpoint("GET", "/magtanvendelser/sag/{coercionCase}/rediger", none, 200, Rule.EDIT));
        e.add(new Endpoint("GET", "/magtanvendelser/trin/{coercionStep}/rediger", none, 200, Rule.EDIT));
        e.add(new Endpoint("GET", "/magtanvendelser/tilbud/{offer}/rapport?kvartal=2025-Q1", none, 200, Rule.READ));
        e.add(new Endpoint("GET", "/magtanvendelser/afdeling/{department}/rapport", none, 200, Rule.READ));
        // comments
        e.add(new Endpoint("GET", "plans/{plan}/comments", none, 200, Rule.COMMENT));
        e.add(new Endpoint("POST", "plans/{plan}/comments", w -> obj("text", "Hvornår er den klar?", "target",
                "ACTIVITY", "targetId", w.id("activity")), 201, Rule.COMMENT));
        e.add(new Endpoint("GET", "comments/{comment}", none, 200, Rule.COMMENT));
        e.add(new Endpoint("POST", "comments/{comment}/resolve", none, 200, Rule.COMMENT));
        e.add(new Endpoint("POST", "comments/{comment}/reopen", none, 200, Rule.COMMENT));
        // only the author (here the administrator who wrote it) may archive a comment
        e.add(new Endpoint("DELETE", "comments/{comment}", none, 200, Rule.ADMIN_ON_OFFER));
        // the offer itself last: archiving it would end the other cases' world
        e.add(new Endpoint("DELETE", "offers/{offer}", none, 200, Rule.ADMIN_ON_OFFER));
        return e;
    }
}
