package org.ancrage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.ancrage.system.AssociationClock;
import org.junit.jupiter.api.Test;

/**
 * "Today" and "now" come from {@link AssociationClock} only (the association's time zone, a date a
 * test can set): no {@code now()} of {@code java.time} and no system {@code Clock} anywhere else in
 * the EJB module. The web module's {@code TodayComesFromTheAssociationClockTest} holds the console,
 * the API and the jobs to the same rule.
 */
class TodayComesFromTheAssociationClockTest {

    /** {@code LocalDate.now()}, {@code Instant.now(clock)}, {@code Clock.systemUTC()}… */
    static final DescribedPredicate<JavaCall<?>> READING_THE_SYSTEM_TIME = new DescribedPredicate<>(
            "read the time through java.time (now(), Clock.system…())") {
        @Override
        public boolean test(JavaCall<?> call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.startsWith("java.time.") && (name.equals("now")
                    || owner.equals("java.time.Clock") && name.startsWith("system"));
        }
    };

    static final ArchRule ONLY_THE_ASSOCIATION_CLOCK_READS_THE_TIME = noClasses()
            .that().doNotBelongToAnyOf(AssociationClock.class)
            .should().callCodeUnitWhere(READING_THE_SYSTEM_TIME)
            .because("today and now are the association's (AssociationClock), and tests set them there");

    @Test
    void noCodeButTheClockReadsTheTime() {
        JavaClasses ejbModule = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ancrage");
        ONLY_THE_ASSOCIATION_CLOCK_READS_THE_TIME.check(ejbModule);
    }
}
