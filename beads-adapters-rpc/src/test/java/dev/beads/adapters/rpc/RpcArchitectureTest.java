package dev.beads.adapters.rpc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN §2: the RPC adapter depends on the core and the shared JSON shapes (and Jackson's streaming API, the JDK's jdk.net for SO_PEERCRED) only, never on other adapters. */
class RpcArchitectureTest {

    @Test
    void rpcAdapter_dependsOnTheCoreAndJacksonCoreOnly() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.beads.adapters.rpc");
        noClasses()
                .that()
                .resideInAPackage("dev.beads.adapters.rpc..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "dev.beads.adapters.rpc..",
                        "dev.beads.core..",
                        "dev.beads.json..",
                        "com.fasterxml.jackson.core..",
                        "java..",
                        "jdk.net..")
                .check(classes);
    }
}
