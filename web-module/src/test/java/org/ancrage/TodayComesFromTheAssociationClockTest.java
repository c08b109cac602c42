package org.ancrage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.ancrage.system.AssociationClock;
import org.junit.jupiter.api.Test;

/**
 * The console, the API and the jobs take "today" and "now" from {@link AssociationClock} only, as
 * the EJB module does (its own {@code TodayComesFromTheAssociationClockTest}): no {@code now()} of
 * {@code java.time}, no system {@code Clock}.
 */
class TodayComesFromTheAssociationClockTest {

    private static final DescribedPredicate<JavaCall<?>> READING_THE_SYSTEM_TIME = new DescribedPredicate<>(
            "read the time through java.time (now(), Clock.system…())") {
        @Override
        public boolean test(JavaCall<?> call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.startsWith("java.time.") && (name.equals("now")
                    || owner.equals("java.time.Clock") && name.startsWith("system"));
        }
    };

    @Test
    void theConsoleTheApiAndTheJobsReadTheAssociationClock() {
        JavaClasses webAndJobs = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ancrage.console", "org.ancrage.api", "org.ancrage.jobs");
        noClasses().should().callCodeUnitWhere(READING_THE_SYSTEM_TIME)
                .because("today and now are the association's (AssociationClock), and tests set them there")
                .check(webAndJobs);
    }
}
