package dk.handleplan.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one persistence unit lists exactly the modules' mapped classes: a new entity cannot be forgotten. */
class PersistenceUnitTest {

    @Test
    void persistenceXmlListsEveryMappedClassOfEveryModule() throws Exception {
        Set<String> mapped = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.handleplan").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)
                        || c.isAnnotatedWith(MappedSuperclass.class))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
        while (m.find()) {
            listed.add(m.group(1).strip());
        }
        assertEquals(mapped, listed);
    }
}
