package dev.beads.runtime;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN §2: dependencies point inward; adapters never depend on each other; the core depends on nothing. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.beads");
    }

    @Test
    void core_dependsOnlyOnTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("dev.beads.core..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("dev.beads.core..", "java..")
                .check(classes);
    }

    @Test
    void sqliteAdapter_doesNotDependOnOtherAdapters() {
        noClasses()
                .that()
                .resideInAPackage("dev.beads.adapters.sqlite..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.beads.adapters.git..", "dev.beads.runtime..", "dev.beads.cli..")
                .check(classes);
    }

    @Test
    void gitAdapter_doesNotDependOnOtherAdapters() {
        noClasses()
                .that()
                .resideInAPackage("dev.beads.adapters.git..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.beads.adapters.sqlite..", "dev.beads.runtime..", "dev.beads.cli..")
                .check(classes);
    }
}
