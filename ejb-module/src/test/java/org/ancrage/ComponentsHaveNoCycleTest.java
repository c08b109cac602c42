package org.ancrage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The business components of the EJB module form no cycle (a newcomer can change one without
 * understanding all), and nothing in it reaches the console, the API or the jobs, which sit on top.
 */
class ComponentsHaveNoCycleTest {

    private static JavaClasses ejbModule;

    @BeforeAll
    static void importTheModule() {
        ejbModule = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ancrage");
    }

    @Test
    void noCycleBetweenComponents() {
        slices().matching("org.ancrage.(*)..").should().beFreeOfCycles().check(ejbModule);
    }

    @Test
    void theBusinessLayerNeverReachesTheConsoleTheApiOrTheJobs() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.ancrage.console..", "org.ancrage.api..", "org.ancrage.jobs..")
                .check(ejbModule);
    }
}
