package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore drill, as docs/operations.md describes it: a server with plans, staff figures
 * and coercion cases (and so an audit trail) is backed up while it runs (H2: POST /admin/backup;
 * PostgreSQL: pg_dump -Fc), restored into a fresh instance (a new data folder; pg_restore into a new
 * database), and the restored server shows the same plans, figures, cases and audit trail.
 */
class BackupRestoreIT {

    @Test
    void aRestoredBackupHoldsTheSamePlansFiguresAndAuditTrail() throws Exception {
        Path pgBin = ServerProcess.onPostgreSql() ? postgresBinaries() : null;
        assumeTrue(!ServerProcess.onPostgreSql() || pgBin != null, "pg_dump and pg_restore are needed on PostgreSQL");
        ServerProcess original = new ServerProcess("backup").onFreshDatabaseIfPostgreSql("handleplan_backup");
        ServerProcess restored = new ServerProcess("restored");
        Map<String, JsonValue> before;
        PlanFixture fixture;
        try {
            original.start();
            Api api = original.api();
            fixture = new PlanFixture(api, "Sikkerhedskopi");
            PlanFixture.created(api.post("activities/" + fixture.activity + "/notes", obj("text", "Før kopien")));
            PlanFixture.created(api.post("departments/" + fixture.department + "/staff-figures",
                    AccessMatrixIT.staffFigures("2024-Q4", null)));
            PlanFixture.created(api.post("offers/" + fixture.offer + "/coercion-cases", CoercionIT.caseBody(
                    fixture.department, "2025-03-03T14:30", "ACUTE_HOLDING", "ADULT", true, "2025-03-05T09:00",
                    "2025-03-07T10:00", null)));

            if (ServerProcess.onPostgreSql()) {
                Api.Reply refused = api.post("admin/backup", "");
                assertEquals(409, refused.status(), refused::toString);
                assertTrue(refused.isProblem() && refused.body().contains("pg_dump"), refused::toString);
                Path dump = original.data().resolve("handleplan.dump");
                String source = original.environment("HANDLEPLAN_DB_URL");
                run(original.data(), pgBin.resolve("pg_dump").toString(), "-Fc", "-f", dump.toString(),
                        "-d", libpqUrl(source));
                String target = ServerProcess.freshDatabase("handleplan_restored");
                run(original.data(), pgBin.resolve("pg_restore").toString(), "--no-owner", "--exit-on-error",
                        "-d", libpqUrl(target), dump.toString());
                restored.with("HANDLEPLAN_DB_URL", target);
                before = snapshot(api, fixture);
            } else {
                JsonObject backup = api.post("admin/backup", "").json();
                before = snapshot(api, fixture);
                original.stop();
                unzip(Path.of(backup.getString("folder"), backup.getString("file")), restored.data().resolve("db"));
            }
        } finally {
            original.stop();
        }

        try {
            restored.start();
            Map<String, JsonValue> after = snapshot(restored.api(), fixture);
            for (String part : before.keySet()) {
                assertEquals(before.get(part), after.get(part), part + " is the same after the restore");
            }
            System.out.printf("BackupRestoreIT (%s): restored %d audit entries, %d plans%n",
                    ServerProcess.onPostgreSql() ? "PostgreSQL" : "H2",
                    before.get("audit").asJsonArray().size(), before.get("plans").asJsonArray().size());
        } finally {
            restored.stop();
        }
    }

    /**
     * What must come back: every plan (full trees with archived elements), the figures, the cases and
     * the administrator's audit trail. Read the audit trail first: reading coercion cases is itself
     * audited. Sign-ins and the backup's own entry (written after its copy was taken) are left out.
     */
    private Map<String, JsonValue> snapshot(Api api, PlanFixture fixture) {
        Map<String, JsonValue> parts = new LinkedHashMap<>();
        parts.put("audit", api.get("audit?username=admin").array().getValuesAs(JsonObject.class).stream()
                .filter(entry -> !entry.getString("action").startsWith("SIGN_IN"))
                .filter(entry -> !"Backup".equals(entry.getString("elementType", null)))
                .collect(Json::createArrayBuilder, (array, entry) -> array.add(entry),
                        (a, b) -> a.addAll(b)).build());
        parts.put("plans", api.get("plans").array());
        for (JsonObject plan : parts.get("plans").asJsonArray().getValuesAs(JsonObject.class)) {
            long id = plan.getJsonNumber("id").longValue();
            parts.put("plan " + id, api.get("plans/" + id + "?archived=true").json());
        }
        parts.put("notes", api.get("activities/" + fixture.activity + "/notes").array());
        parts.put("figures", api.get("departments/" + fixture.department + "/staff-figures").array());
        parts.put("coercion cases", api.get("offers/" + fixture.offer + "/coercion-cases").array());
        assertTrue(parts.get("audit").asJsonArray().size() > 5, "the audit trail has entries: " + parts.get("audit"));
        return parts;
    }

    /** An H2 backup is a zip of the database files: unpacked into the new instance's database folder. */
    private static void unzip(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = folder.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(folder), "no entry leaves the folder: " + entry.getName());
                Files.copy(in, file);
            }
        }
        assertTrue(Files.isRegularFile(folder.resolve("handleplan.mv.db")), "the backup holds handleplan.mv.db");
    }

    /** pg_dump's and pg_restore's connection string for a JDBC URL, with the tests' user and password. */
    private static String libpqUrl(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "postgresql://" + System.getenv("HANDLEPLAN_DB_USER") + ":" + System.getenv("HANDLEPLAN_DB_PASSWORD")
                + "@" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + uri.getPath();
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Path log = folder.resolve(Path.of(command[0]).getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), command[0] + " finished");
        assertEquals(0, process.exitValue(), () -> command[0] + " failed: " + read(log));
    }

    private static String read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** HANDLEPLAN_TEST_PG_BIN, else the newest /usr/lib/postgresql/N/bin with pg_dump; null if none. */
    private static Path postgresBinaries() throws IOException {
        String given = System.getenv("HANDLEPLAN_TEST_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path installed = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(installed)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(installed)) {
            List<Path> found = versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_dump")) && Files.isExecutable(bin.resolve("pg_restore")))
                    .sorted(Comparator.comparing((Path bin) -> bin.getParent().getFileName().toString(),
                            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())))
                    .toList();
            return found.isEmpty() ? null : found.get(found.size() - 1);
        }
    }
}
