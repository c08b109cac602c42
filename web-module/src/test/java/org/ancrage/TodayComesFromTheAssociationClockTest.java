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
 * "Today" and "now" come from {@link AssociationClock} only (the association's time zone, a date a
 * test can set): no {@code now()} of {@code java.time} and no system {@code Clock} anywhere else.
 * The rule is checked once, here, because the web module is the one that sees the classes of all
 * three: the business services (EJB module), the jobs (batch module), the console and the API.
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
    void noCodeButTheClockReadsTheTime() {
        JavaClasses everything = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ancrage");
        // the three modules are all there, or the rule would hold vacuously
        for (String module : new String[] {"org.ancrage.measures.MeasureService", "org.ancrage.jobs",
            "org.ancrage.console", "org.ancrage.api"}) {
            if (everything.stream().noneMatch(c -> c.getName().startsWith(module))) {
                throw new AssertionError("no class of " + module + " was imported");
            }
        }
        noClasses().that().doNotBelongToAnyOf(AssociationClock.class)
                .should().callCodeUnitWhere(READING_THE_SYSTEM_TIME)
                .because("today and now are the association's (AssociationClock), and tests set them there")
                .check(everything);
    }
}
