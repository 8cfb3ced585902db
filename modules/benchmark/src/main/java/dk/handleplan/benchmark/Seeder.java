package dk.handleplan.benchmark;

import static dk.handleplan.benchmark.Http.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds a municipality's data through the application's own REST API: 100 offers with 5 departments
 * each, 8 quarters of staff figures per department, 20 coercion cases per offer (pseudonyms only),
 * 2 plans per offer of 40 activities with a progress note and a milestone each; plus plans of 10 and
 * 150 activities and aftaleholder users over 10 and over all offers, for the N+1 checks.
 */
final class Seeder {

    static final int OFFERS = 100;
    static final int DEPARTMENTS_PER_OFFER = 5;
    static final int PLANS_PER_OFFER = 2;
    static final int CASES_PER_OFFER = 20;
    static final List<String> QUARTERS = List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2",
            "2025-Q3", "2025-Q4");
    static final String USER_PASSWORD = "benchmark-bruger-1";
    private static final List<String> THEMES = List.of("ORGANISATION_OG_LEDELSE", "KOMPETENCER",
            "SUNDHED_OG_TRIVSEL", "FYSISKE_RAMMER", "SELVSTAENDIGHED_OG_RELATIONER", "UDDANNELSE_OG_BESKAEFTIGELSE",
            "MAALGRUPPER_METODER_OG_RESULTATER");

    /** What the load needs to address. */
    record Data(List<Long> offers, List<Long> plans, List<Long> activities, long planOf10, long planOf40,
            long planOf150, String aftaleholderOf10, String aftaleholderOfAll) {
    }

    private final Http admin;
    private final int clients;

    Seeder(Http admin, int clients) {
        this.admin = admin;
        this.clients = clients;
    }

    Data seed() throws Exception {
        List<Long> offers = Collections.synchronizedList(new ArrayList<>());
        List<Long> plans = Collections.synchronizedList(new ArrayList<>());
        List<Long> activities = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int o = 0; o < OFFERS; o++) {
                int n = o;
                work.add(pool.submit(() -> seedOffer(n, offers, plans, activities)));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Long> sortedOffers = offers.stream().sorted().toList();
        long first = sortedOffers.get(0);
        long planOf10 = plan(first, "Lille plan", 1, 2, 5, null);
        long planOf150 = plan(first, "Stor plan", 5, 5, 6, null);
        String ofTen = aftaleholder("benchmark.aftaleholder10", sortedOffers.subList(0, 10));
        String ofAll = aftaleholder("benchmark.aftaleholder", sortedOffers);
        return new Data(sortedOffers, List.copyOf(plans), List.copyOf(activities), planOf10, plans.get(0),
                planOf150, ofTen, ofAll);
    }

    private void seedOffer(int n, List<Long> offers, List<Long> plans, List<Long> activities) {
        long offer = admin.post("/api/v1/offers", "{\"name\":" + quote("Tilbud " + n + " Æblehaven")
                + ",\"municipality\":\"Benchmark Kommune\"}").id();
        offers.add(offer);
        List<Long> departments = new ArrayList<>();
        for (int d = 0; d < DEPARTMENTS_PER_OFFER; d++) {
            long department = admin.post("/api/v1/offers/" + offer + "/departments",
                    "{\"name\":" + quote("Afdeling " + n + "-" + d) + "}").id();
            departments.add(department);
            for (String quarter : QUARTERS) {
                admin.post("/api/v1/departments/" + department + "/staff-figures", "{\"quarter\":\"" + quarter
                        + "\",\"headcountStart\":" + (20 + d) + ",\"headcountEnd\":" + (21 + d)
                        + ",\"resigned\":2,\"hires\":3,\"sickDays\":" + (40 + n % 7) + ",\"plannedHours\":7600,"
                        + "\"internalTempHours\":" + (150 + d * 10) + "}").id();
            }
        }
        for (int c = 0; c < CASES_PER_OFFER; c++) {
            String day = String.format("2025-%02d-%02dT%02d:15", 1 + c % 12, 1 + c % 28, 8 + c % 10);
            admin.post("/api/v1/offers/" + offer + "/coercion-cases", "{\"departmentId\":"
                    + departments.get(c % departments.size()) + ",\"occurredAt\":\"" + day + "\",\"residentRef\":"
                    + quote("Beboer " + (char) ('A' + c % 26) + (char) ('A' + n % 26)) + ",\"measureKind\":"
                    + "\"ACUTE_HOLDING\",\"ruleSet\":\"ADULT\",\"durationMinutes\":5,\"staffCount\":2,"
                    + "\"staffNames\":\"To medarbejdere\",\"acute\":true}").id();
        }
        for (int p = 0; p < PLANS_PER_OFFER; p++) {
            plans.add(plan(offer, "Handleplan " + n + "-" + p, 4, 2, 5, activities));
        }
    }

    /** A plan of sections × goals × activities; each activity with a progress note and a milestone. */
    private long plan(long offer, String title, int sections, int goalsPerSection, int activitiesPerGoal,
            List<Long> activities) {
        long plan = admin.post("/api/v1/plans", "{\"offerId\":" + offer + ",\"title\":" + quote(title)
                + ",\"authority\":\"Socialtilsyn Midt\",\"visitDate\":\"2025-10-01\",\"status\":\"ACTIVE\"}").id();
        for (int s = 0; s < sections; s++) {
            long section = admin.post("/api/v1/plans/" + plan + "/sections", "{\"theme\":\""
                    + THEMES.get(s % THEMES.size()) + "\",\"subject\":" + quote("Tilsynet så mangler på område " + s)
                    + "}").id();
            for (int g = 0; g < goalsPerSection; g++) {
                long goal = admin.post("/api/v1/sections/" + section + "/goals", "{\"text\":"
                        + quote("Mål " + s + "." + g + ": bedre trivsel for beboerne") + ",\"expectedEffect\":"
                        + "\"Færre konflikter\"}").id();
                for (int a = 0; a < activitiesPerGoal; a++) {
                    long activity = admin.post("/api/v1/goals/" + goal + "/activities", "{\"description\":"
                            + quote("Aktivitet " + s + "." + g + "." + a + ": kursus i konflikthåndtering")
                            + ",\"documentation\":\"Referat\",\"timeFrame\":{\"start\":\"2025-08\",\"end\":"
                            + "\"2026-spring\"},\"responsible\":[{\"role\":\"AFDELINGSLEDER\"},{\"role\":"
                            + "\"MEDARBEJDER\"}]}").id();
                    admin.post("/api/v1/activities/" + activity + "/notes",
                            "{\"date\":\"2025-09-01\",\"text\":\"Første møde holdt; alle deltog.\"}").id();
                    admin.post("/api/v1/activities/" + activity + "/milestones",
                            "{\"title\":\"Opfølgning på personalemøde\",\"date\":\"2026-01-15\"}").id();
                    if (activities != null) {
                        activities.add(activity);
                    }
                }
            }
        }
        return plan;
    }

    /** A person with the aftaleholder role in each offer, and their user. */
    private String aftaleholder(String username, List<Long> offers) {
        long person = admin.post("/api/v1/people", "{\"name\":" + quote("Aftaleholder " + username) + "}").id();
        for (long offer : offers) {
            admin.post("/api/v1/people/" + person + "/roles", "{\"role\":\"AFTALEHOLDER\",\"offerId\":" + offer + "}")
                    .id();
        }
        String temporary = "midlertidig-" + username;
        admin.post("/api/v1/users", "{\"username\":" + quote(username) + ",\"password\":" + quote(temporary)
                + ",\"personId\":" + person + "}").id();
        // A password the administrator set must be changed by its user before anything else.
        Http.Reply changed = admin.basicAs(username, temporary).post("/api/v1/me/password", "{\"currentPassword\":"
                + quote(temporary) + ",\"newPassword\":" + quote(USER_PASSWORD) + "}");
        if (changed.status() != 200) {
            throw new IllegalStateException(username + " could not set a password: " + changed);
        }
        return username;
    }
}
