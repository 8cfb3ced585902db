package dk.handleplan.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.SequenceGenerator;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each entity's id block (allocationSize) equals its sequence's increment in the migrations: EclipseLink
 * takes the ids from nextval - allocationSize + 1 to nextval, so a block larger than the increment would
 * hand out the same id twice, and a smaller one would waste ids.
 */
class SequenceAllocationTest {

    private static final Pattern SEQUENCE = Pattern.compile(
            "(?:create|alter)\\s+sequence\\s+(\\w+)[^;]*?increment\\s+by\\s+(\\d+)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyAllocationSizeEqualsTheIncrementOfItsSequence() throws Exception {
        Map<String, Integer> increments = incrementsAfterAllMigrations();
        Map<String, Integer> allocations = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.handleplan")) {
            for (Field field : Class.forName(type.getName(), false, getClass().getClassLoader()).getDeclaredFields()) {
                SequenceGenerator generator = field.getAnnotation(SequenceGenerator.class);
                if (generator != null) {
                    allocations.put(generator.sequenceName().toLowerCase(Locale.ROOT), generator.allocationSize());
                }
            }
        }
        assertTrue(allocations.size() > 20, "found the entities' sequences: " + allocations);
        assertEquals(500, allocations.get("aud_event_seq"));
        for (Map.Entry<String, Integer> allocation : allocations.entrySet()) {
            assertEquals(allocation.getValue(), increments.get(allocation.getKey()),
                    "increment of " + allocation.getKey() + " in the migrations");
        }
    }

    /** The increment of each sequence once every module's migrations have run, in Flyway's order. */
    private static Map<String, Integer> incrementsAfterAllMigrations() throws IOException {
        List<Path> migrations;
        try (Stream<Path> files = Files.walk(Path.of("..").toAbsolutePath().normalize())) {
            migrations = files.filter(p -> p.toString().contains("src/main/resources/db/migration/")
                    && p.getFileName().toString().matches("V\\d+_\\d+__.*\\.sql"))
                    .sorted(Comparator.comparing(SequenceAllocationTest::version)).toList();
        }
        Map<String, Integer> increments = new TreeMap<>();
        for (Path migration : migrations) {
            Matcher m = SEQUENCE.matcher(Files.readString(migration));
            while (m.find()) {
                increments.put(m.group(1).toLowerCase(Locale.ROOT), Integer.valueOf(m.group(2)));
            }
        }
        return increments;
    }

    /** "V2_16__x.sql" -> 2 * 1000 + 16, Flyway's order for this project's versions. */
    private static int version(Path migration) {
        String[] parts = migration.getFileName().toString().substring(1).split("__")[0].split("_");
        return Integer.parseInt(parts[0]) * 1000 + Integer.parseInt(parts[1]);
    }
}
