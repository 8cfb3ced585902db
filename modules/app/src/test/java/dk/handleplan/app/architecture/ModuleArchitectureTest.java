package dk.handleplan.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map as rules the build enforces (docs/architecture.md explains it): dependencies
 * run one way, nobody reaches into another module's internals, and HTTP stays in the web layer.
 */
class ModuleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.handleplan");
    }

    @Test
    void modulesDependOnEachOtherOneWayOnly() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("dk.handleplan.app..")
                .layer("reminders").definedBy("dk.handleplan.reminders..")
                .layer("access").definedBy("dk.handleplan.access..")
                .layer("audit").definedBy("dk.handleplan.audit..")
                .layer("comments").definedBy("dk.handleplan.comments..")
                .layer("documents").definedBy("dk.handleplan.documents..")
                .layer("revisions").definedBy("dk.handleplan.revisions..")
                .layer("coercion").definedBy("dk.handleplan.coercion..")
                .layer("monitoring").definedBy("dk.handleplan.monitoring..")
                .layer("charts").definedBy("dk.handleplan.charts..")
                .layer("deadlines").definedBy("dk.handleplan.deadlines..")
                .layer("activities").definedBy("dk.handleplan.activities..")
                .layer("goals").definedBy("dk.handleplan.goals..")
                .layer("themes").definedBy("dk.handleplan.themes..")
                .layer("people").definedBy("dk.handleplan.people..")
                .layer("kernel").definedBy("dk.handleplan.kernel..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("reminders").mayOnlyBeAccessedByLayers("app")
                .whereLayer("access").mayOnlyBeAccessedByLayers("reminders", "app")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("app")
                .whereLayer("comments").mayOnlyBeAccessedByLayers("app")
                .whereLayer("documents").mayOnlyBeAccessedByLayers("app")
                .whereLayer("revisions").mayOnlyBeAccessedByLayers("app")
                .whereLayer("coercion").mayOnlyBeAccessedByLayers("reminders", "app")
                .whereLayer("monitoring").mayOnlyBeAccessedByLayers("coercion", "app")
                .whereLayer("charts").mayOnlyBeAccessedByLayers("documents", "app")
                .whereLayer("deadlines").mayOnlyBeAccessedByLayers("reminders", "app")
                .whereLayer("activities").mayOnlyBeAccessedByLayers("deadlines", "comments", "reminders", "app")
                .whereLayer("goals").mayOnlyBeAccessedByLayers("activities", "deadlines", "comments", "reminders", "app")
                .whereLayer("themes").mayOnlyBeAccessedByLayers("goals", "activities", "deadlines", "comments",
                        "reminders", "revisions", "app")
                .whereLayer("people").mayOnlyBeAccessedByLayers("themes", "goals", "activities", "deadlines", "comments",
                        "access", "reminders", "monitoring", "coercion", "app")
                .because("a module may use only the modules below it (people <- themes <- goals <- activities"
                        + " <- deadlines <- reminders <- app; activities <- comments <- app; people <- access <-"
                        + " reminders; audit <- app; people <- monitoring <- app; monitoring <- coercion <-"
                        + " reminders: coercion reuses monitoring's quarters, and the leaders' digest lists"
                        + " coercion follow-ups; kernel <- charts <- app: charts draw whatever quarterly figures"
                        + " the app hands them, so they know no domain module; kernel, charts <- documents <- app: the"
                        + " exports and the Word import write and read a neutral document; themes <- revisions"
                        + " <- app: a revision is a frozen snapshot of a plan), so each can be understood and"
                        + " changed from the bottom up");
        rule.check(classes);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("dk.handleplan.(*)..").should().beFreeOfCycles()
                .because("a cycle between modules makes them one module in disguise").check(classes);
    }

    @Test
    void noModuleReachesIntoAnothersInternals() {
        for (String module : new String[] {"kernel", "people", "themes", "goals", "activities", "deadlines",
            "access", "audit", "comments", "reminders", "monitoring", "coercion", "charts", "revisions",
            "documents"}) {
            noClasses().that().resideOutsideOfPackage("dk.handleplan." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("dk.handleplan." + module + ".internal..")
                    .because("a module's internals (entities, their mapping) may change without notice; other"
                            + " modules use its API package only")
                    .check(classes);
        }
    }

    @Test
    void httpStaysInTheWebLayer() {
        noClasses().that().resideOutsideOfPackage("dk.handleplan.app.rest..")
                .and().resideOutsideOfPackage("dk.handleplan.app.web..")
                .and().resideOutsideOfPackage("dk.handleplan.app.security..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .because("domain modules answer with records and domain exceptions; only the web layer speaks HTTP")
                .check(classes);
    }

    @Test
    void everyInputWithTextIsCheckedForCprNumbers() {
        classes().that().haveSimpleNameEndingWith("Input").and().areRecords()
                .and(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("have a text field") {
                    @Override
                    public boolean test(JavaClass input) {
                        return input.getFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(String.class));
                    }
                })
                .should().beAnnotatedWith(dk.handleplan.kernel.NoCpr.class)
                .because("CPR numbers must never be stored; every text a client sends is checked")
                .check(classes);
    }

    @Test
    void facadesNeverHandOutManagedEntities() {
        noMethods().that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should().haveRawReturnType(JavaClass.Predicates.resideInAPackage("..internal.."))
                .because("callers get immutable records, so no entity (and no open persistence context) leaks"
                        + " out of a module")
                .check(classes);
    }
}
