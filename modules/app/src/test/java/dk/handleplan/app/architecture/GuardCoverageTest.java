package dk.handleplan.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.handleplan.app.security.Guard;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every REST method declares its access rule, so no endpoint is open by omission. */
class GuardCoverageTest {

    @Test
    void everyRestMethodHasAGuard() {
        List<String> unguarded = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.handleplan.app").stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(GuardCoverageTest::isRestMethod)
                .filter(m -> !m.isAnnotatedWith(Guard.class))
                .map(JavaMethod::getFullName).sorted().toList();
        assertEquals(List.of(), unguarded);
    }

    private static boolean isRestMethod(JavaMethod method) {
        return Stream.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class)
                .anyMatch(method::isAnnotatedWith);
    }
}
