package dk.handleplan.benchmark;

import static dk.handleplan.benchmark.MarkdownTable.number;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * Handleplan's benchmark (docs/performance.md): starts the executable jar as its own process with
 * benchmark mode on, seeds a municipality's data through the API, drives each request type with a
 * fixed number of concurrent clients and prints Markdown tables; then starts a bare Payara Micro with an
 * empty application for comparison.
 */
public final class Benchmark {

    static final String ADMIN_PASSWORD = "benchmark-admin-kode-1";
    static final String REPORT_QUARTER = "2025-Q4";

    private final Options options;
    private final StringBuilder report = new StringBuilder();

    private Benchmark(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        Path work = options.work().resolve("run-" + Instant.now().toString().replace(":", ""));
        Files.createDirectories(work);
        say("# Handleplan benchmark, " + Instant.now() + ", database " + options.db() + ", " + options.clients()
                + " clients\n");
        Map<String, String> env = new HashMap<>();
        env.put("HANDLEPLAN_DATA", work.resolve("db").toString());
        env.put("HANDLEPLAN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HANDLEPLAN_DEMO_DATA", "off");
        env.put("HANDLEPLAN_BENCHMARK", "on");
        if (options.db().equals("postgresql")) {
            for (String key : List.of("HANDLEPLAN_DB_URL", "HANDLEPLAN_DB_USER", "HANDLEPLAN_DB_PASSWORD")) {
                String value = System.getenv(key);
                if (value == null) {
                    throw new IllegalStateException("--db postgresql needs " + key + " (an empty database)");
                }
                env.put(key, value);
            }
        } else {
            env.put("HANDLEPLAN_DB_URL", "");
        }
        env.values().removeIf(String::isEmpty);
        double appRss;
        double appHeap;
        long appReady;
        long appOutOfMemory;
        try (ServerProcess app = ServerProcess.start(options.jar(), List.of(), work.resolve("app"), freePort(), env,
                options.profile())) {
            appReady = app.millisToReady;
            say("Ready (/health/ready = 200) after " + app.millisToReady + " ms\n");
            Http admin = Http.signedIn(app.root(), "admin", ADMIN_PASSWORD);
            long seedStart = System.nanoTime();
            Seeder.Data data = new Seeder(admin, options.seedClients()).seed();
            say("Seeded through the API in " + seconds(seedStart) + " s: " + data.offers().size() + " offers, "
                    + data.offers().size() * Seeder.DEPARTMENTS_PER_OFFER + " departments, " + data.plans().size()
                    + " plans, " + data.activities().size() + " activities with a note and a milestone each, "
                    + Seeder.QUARTERS.size() + " quarters of staff figures per department, "
                    + data.offers().size() * Seeder.CASES_PER_OFFER + " coercion cases; plus plans of 10 and 150"
                    + " activities\n");
            LongSupplier sql = () -> admin.get("/api/v1/benchmark/sql-statements").json().getJsonNumber("total")
                    .longValue();
            loadTable(app, admin, data, sql);
            flatnessTable(app, admin, data, sql);
            if (options.soak() != null) {
                soak(app, admin, data);
            }
            appRss = app.residentMiB();
            appHeap = app.heapAfterFullGcMiB();
            appOutOfMemory = app.outOfMemoryErrors();
        }
        Path bare = work.resolve("bare");
        Files.createDirectories(bare);
        Path war = EmptyWar.write(bare.resolve("empty.war"));
        try (ServerProcess payara = ServerProcess.start(options.payara(), List.of("--deploy", war.toString()), bare,
                freePort(), Map.of())) {
            MarkdownTable table = new MarkdownTable("Server (-Xmx512m)", "start-up to ready (ms)", "RSS (MiB)",
                    "heap after full GC (MiB)", "OutOfMemoryError in the log");
            table.row("Handleplan, after the load", appReady, number(appRss, 0), number(appHeap, 0), appOutOfMemory);
            table.row("bare Payara Micro, empty WAR", payara.millisToReady, number(payara.residentMiB(), 0),
                    number(payara.heapAfterFullGcMiB(), 0), payara.outOfMemoryErrors());
            say("## Start-up and memory\n\n" + table);
        }
        Files.writeString(work.resolve("report.md"), report);
        System.out.println("Report written to " + work.resolve("report.md"));
    }

    private void loadTable(ServerProcess app, Http admin, Seeder.Data data, LongSupplier sql) throws Exception {
        Http adminPages = Http.signedIn(app.root(), "admin", ADMIN_PASSWORD);
        Http basic = Http.basic(app.root(), "admin", ADMIN_PASSWORD);
        Http aftaleholder = Http.signedIn(app.root(), data.aftaleholderOfAll(), Seeder.USER_PASSWORD);
        int treeBytes = admin.get("/api/v1/plans/" + data.planOf40()).body().getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length;
        Load load = new Load(options.clients());
        List<Stats> rows = new ArrayList<>();
        rows.add(measure(load, "baseline: precomputed JSON of " + treeBytes + " bytes", sql, 200,
                (c, i) -> admin.get("/api/v1/benchmark/baseline?bytes=" + treeBytes).status()));
        rows.add(measure(load, "plan tree JSON, GET /api/v1/plans/{id} (40 activities)", sql, 200,
                (c, i) -> admin.get("/api/v1/plans/" + pick(data.plans())).status()));
        rows.add(measure(load, "plan tree JSON with HTTP Basic (password hash per request)", sql, 200,
                (c, i) -> basic.get("/api/v1/plans/" + pick(data.plans())).status()));
        rows.add(measure(load, "plan page HTML, GET /planer/{id}", sql, 200,
                (c, i) -> adminPages.get("/planer/" + pick(data.plans())).status()));
        rows.add(measure(load, "progress note, POST /api/v1/activities/{id}/notes", sql, 201,
                (c, i) -> admin.post("/api/v1/activities/" + pick(data.activities()) + "/notes",
                        "{\"text\":\"Status fra benchmark: mødet er holdt.\"}").status()));
        rows.add(measure(load, "aftaleholder overview, GET /oversigt (100 offers)", sql, 200,
                (c, i) -> aftaleholder.get("/oversigt").status()));
        rows.add(measure(load, "quarterly report, GET /noegletal/tilbud/{id}?kvartal=" + REPORT_QUARTER, sql, 200,
                (c, i) -> adminPages.get("/noegletal/tilbud/" + pick(data.offers()) + "?kvartal=" + REPORT_QUARTER)
                        .status()));
        rows.add(measure(load, "PDF export, GET /api/v1/plans/{id}/export?format=pdf (40 activities)", sql, 200,
                (c, i) -> admin.getDiscarding("/api/v1/plans/" + data.planOf40() + "/export?format=pdf")));
        // The row above exports one plan again and again, which the server answers from its cache of
        // exports after the first time; this one shows what writing a PDF costs (a plan of the 200 at random).
        rows.add(measure(load, "PDF export of a random plan of the 200 (mostly written anew)", sql, 200,
                (c, i) -> admin.getDiscarding("/api/v1/plans/" + pick(data.plans()) + "/export?format=pdf")));
        // The first row runs right after seeding, on a JIT and heap still settling; measured again last,
        // the ratio is taken against the faster of the two (the stricter for the plan tree).
        rows.add(measure(load, "baseline again, after the other rows", sql, 200,
                (c, i) -> admin.get("/api/v1/benchmark/baseline?bytes=" + treeBytes).status()));
        MarkdownTable table = new MarkdownTable("Request (" + options.clients() + " clients)", "req/s", "median ms",
                "p99 ms", "SQL/req", "errors", "requests");
        for (Stats s : rows) {
            table.row(s.name(), number(s.requestsPerSecond(), 1), number(s.medianMillis(), 1),
                    number(s.p99Millis(), 1), number(s.sqlPerRequest(), 1), s.errors(), s.requests());
        }
        double baseline = Math.max(rows.get(0).requestsPerSecond(), rows.get(rows.size() - 1).requestsPerSecond());
        double ratio = rows.get(1).requestsPerSecond() / baseline;
        say("## Throughput and latency\n\n" + table + "\nPlan tree throughput = " + number(100 * ratio, 0)
                + " % of the baseline (the faster of its two runs, " + number(baseline, 1)
                + " req/s; target >= 50 %)\n");
    }

    private Stats measure(Load load, String name, LongSupplier sql, int expected, Load.Request request)
            throws InterruptedException {
        System.out.println("measuring: " + name);
        return load.run(name, request, expected, options.warmUpSeconds(), options.seconds(), sql);
    }

    /** Statements per request must not grow with the plan's size or the number of offers (no N+1 queries). */
    private void flatnessTable(ServerProcess app, Http admin, Seeder.Data data, LongSupplier sql) {
        long readCost = -(sql.getAsLong() - sql.getAsLong());
        MarkdownTable table = new MarkdownTable("Request", "size", "SQL statements per request");
        Map<String, Long> plans = new java.util.LinkedHashMap<>();
        plans.put("10 activities", data.planOf10());
        plans.put("40 activities", data.planOf40());
        plans.put("150 activities", data.planOf150());
        for (var plan : plans.entrySet()) {
            table.row("plan tree JSON, GET /api/v1/plans/{id}", plan.getKey(),
                    number(statements(sql, readCost, () -> admin.get("/api/v1/plans/" + plan.getValue())), 1));
        }
        for (var plan : plans.entrySet()) {
            Http pages = Http.signedIn(app.root(), "admin", ADMIN_PASSWORD);
            table.row("plan page HTML, GET /planer/{id}", plan.getKey(),
                    number(statements(sql, readCost, () -> pages.get("/planer/" + plan.getValue())), 1));
        }
        for (String user : List.of(data.aftaleholderOf10(), data.aftaleholderOfAll())) {
            Http overview = Http.signedIn(app.root(), user, Seeder.USER_PASSWORD);
            table.row("aftaleholder overview, GET /oversigt", user.equals(data.aftaleholderOf10()) ? "10 offers"
                    : data.offers().size() + " offers", number(statements(sql, readCost,
                            () -> overview.get("/oversigt")), 1));
        }
        say("## SQL statements per request by size (N+1 check; reading the counter costs " + readCost + ")\n\n"
                + table);
    }

    private static double statements(LongSupplier sql, long readCost, Runnable request) {
        request.run();
        int times = 5;
        long before = sql.getAsLong();
        for (int i = 0; i < times; i++) {
            request.run();
        }
        return (double) (sql.getAsLong() - before - readCost) / times;
    }

    /** Mixed reads and note writes for the soak's duration; the heap after a full GC every minute. */
    private void soak(ServerProcess app, Http admin, Seeder.Data data) throws Exception {
        Http pages = Http.signedIn(app.root(), "admin", ADMIN_PASSWORD);
        Http aftaleholder = Http.signedIn(app.root(), data.aftaleholderOfAll(), Seeder.USER_PASSWORD);
        Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
        Load.Request mixed = (client, i) -> switch ((client + i) % 6) {
            case 0 -> ok("GET plan tree", admin.get("/api/v1/plans/" + pick(data.plans())), 200, failures);
            case 1 -> ok("GET plan page", pages.get("/planer/" + pick(data.plans())), 200, failures);
            case 2 -> ok("POST note", admin.post("/api/v1/activities/" + pick(data.activities()) + "/notes",
                    "{\"text\":\"Soak: fremdrift noteret.\"}"), 201, failures);
            case 3 -> ok("GET overview", aftaleholder.get("/oversigt"), 200, failures);
            case 4 -> ok("GET quarterly report", pages.get("/noegletal/tilbud/" + pick(data.offers()) + "?kvartal="
                    + REPORT_QUARTER), 200, failures);
            default -> ok("POST note", admin.post("/api/v1/activities/" + pick(data.activities()) + "/notes",
                    "{\"text\":\"Soak: endnu en note.\"}"), 201, failures);
        };
        MarkdownTable table = new MarkdownTable("minute", "requests", "errors", "heap after full GC (MiB)",
                "RSS (MiB)");
        Load load = new Load(options.clients());
        table.row(0, 0, 0, number(app.heapAfterFullGcMiB(), 1), number(app.residentMiB(), 0));
        long minutes = Math.max(1, options.soak().toMinutes());
        int totalErrors = 0;
        long totalRequests = 0;
        for (int m = 1; m <= minutes; m++) {
            Load.Phase phase = load.phase(mixed, 0, 60);
            int requests = phase.latencies().length;
            totalErrors += phase.errors.get();
            totalRequests += requests;
            table.row(m, requests, phase.errors.get(), number(app.heapAfterFullGcMiB(), 1),
                    number(app.residentMiB(), 0));
            System.out.println("soak minute " + m + " of " + minutes + " done");
        }
        say("## Soak: " + minutes + " minutes of mixed load (" + options.clients() + " clients)\n\n" + table
                + "\nTotal: " + totalRequests + " requests, " + totalErrors + " errors\n"
                + (failures.isEmpty() ? "" : "\nErrors by request and answer:\n\n" + String.join("\n",
                        failures.entrySet().stream().map(e -> "- " + e.getValue() + " × " + e.getKey()).sorted().toList())
                        + "\n"));
    }

    /**
     * 0 when the status is the expected one, else the status (the soak's phase counts non-zero as
     * errors), counting the failure by request, status and the start of the answer.
     */
    private static int ok(String request, Http.Reply reply, int expected, Map<String, Integer> failures) {
        if (reply.status() == expected) {
            return 0;
        }
        String body = reply.body() == null ? "" : reply.body().replaceAll("\\s+", " ");
        failures.merge(request + " → " + reply.status() + ": " + body.substring(0, Math.min(160, body.length())), 1,
                Integer::sum);
        return reply.status();
    }

    private static long pick(List<Long> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    private void say(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static String seconds(long startedNanos) {
        return number((System.nanoTime() - startedNanos) / 1e9, 1);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The command line. */
    record Options(String db, Duration soak, int clients, int seedClients, int warmUpSeconds, int seconds, Path jar,
            Path payara, Path work, boolean profile) {

        static final String USAGE = "java -jar handleplan-benchmark.jar [--db h2|postgresql] [--soak 10m]"
                + " [--clients 16] [--seed-clients 4] [--warmup 5] [--seconds 20]"
                + " [--jar modules/app/target/handleplan.jar] [--payara modules/app/target/payara-micro.jar]"
                + " [--work modules/benchmark/target/runs] [--profile on]\n"
                + "PostgreSQL: set HANDLEPLAN_DB_URL, HANDLEPLAN_DB_USER, HANDLEPLAN_DB_PASSWORD to an empty database.";

        static Options parse(String... args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --option value, got: " + args[i]);
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            List<String> known = List.of("db", "soak", "clients", "seed-clients", "warmup", "seconds", "jar",
                    "payara", "work", "profile");
            for (String key : given.keySet()) {
                if (!known.contains(key)) {
                    throw new IllegalArgumentException("unknown option --" + key);
                }
            }
            String db = given.getOrDefault("db", "h2");
            if (!db.equals("h2") && !db.equals("postgresql")) {
                throw new IllegalArgumentException("--db is h2 or postgresql, not " + db);
            }
            return new Options(db, given.containsKey("soak") ? duration(given.get("soak")) : null,
                    Integer.parseInt(given.getOrDefault("clients", "16")),
                    Integer.parseInt(given.getOrDefault("seed-clients", "4")),
                    Integer.parseInt(given.getOrDefault("warmup", "5")),
                    Integer.parseInt(given.getOrDefault("seconds", "20")),
                    Path.of(given.getOrDefault("jar", "modules/app/target/handleplan.jar")).toAbsolutePath(),
                    Path.of(given.getOrDefault("payara", "modules/app/target/payara-micro.jar")).toAbsolutePath(),
                    Path.of(given.getOrDefault("work", "modules/benchmark/target/runs")).toAbsolutePath(),
                    "on".equals(given.get("profile")));
        }

        /** "10m", "90s" or "1h". */
        static Duration duration(String text) {
            if (!text.matches("\\d+[smh]")) {
                throw new IllegalArgumentException("a duration is a number and s, m or h (e.g. 10m), not " + text);
            }
            long n = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
    }
}
