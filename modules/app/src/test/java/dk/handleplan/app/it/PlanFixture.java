package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.arr;
import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

/** Builds a small plan of its own through the API, so each test starts from known data. */
final class PlanFixture {

    final long offer;
    final long department;
    final long person;
    final long plan;
    final long section;
    final long goal;
    final long activity;

    PlanFixture(Api api, String name) {
        offer = created(api.post("offers", obj("name", name, "municipality", "Testkommune")));
        department = created(api.post("offers/" + offer + "/departments", obj("name", "Hus Eg")));
        person = created(api.post("people", obj("name", "Test Person " + name, "email", "test@example.invalid")));
        created(api.post("people/" + person + "/roles", obj("role", "AFDELINGSLEDER", "offerId", offer,
                "departmentId", department)));
        plan = created(api.post("plans", obj("offerId", offer, "title", "Handleplan " + name, "authority",
                "Socialtilsyn Midt", "visitDate", "2024-10-01", "reportDate", "2024-11-15", "status", "ACTIVE")));
        section = created(api.post("plans/" + plan + "/sections", obj("theme", "ORGANISATION_OG_LEDELSE",
                "subject", "Personalegennemstrømningen er for høj.", "indicatorRef", "9b")));
        goal = created(api.post("sections/" + section + "/goals", obj("text", "Lavere personalegennemstrømning",
                "expectedEffect", "Stabil personalegruppe")));
        activity = created(api.post("goals/" + goal + "/activities", activityBody("Ny grundrul", "2024-08",
                "2025-spring", null)));
    }

    static JsonObject activityBody(String description, String start, String end, Long version) {
        return obj("description", description, "documentation", "Referat",
                "timeFrame", obj("start", start, "end", end),
                "responsible", arr(obj("role", "AFTALEHOLDER"), obj("role", "AFDELINGSLEDER")),
                "version", version);
    }

    static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.id();
    }
}
