package org.ancrage.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.Properties;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.measures.MeasureService;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.security.AccountService;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.JobRuns;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.SmtpSink;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminders job mails each member of staff who asked for it one digest of their new alerts,
 * through the domain's mail session, naming households by reference only; a second run mails
 * nothing again.
 */
@ExtendWith(ArquillianExtension.class)
class AlertsByMailIT {

    /** The port of the domain's mail session (server-config/apply-domain). */
    private static final int SMTP_PORT = 25;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(AlertsByMailIT.class, SmtpSink.class, SmtpSink.Received.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB JobControl jobs;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;

    private BatchStatus remind(LocalDate on) throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.RUN_DATE, on.toString());
        return JobRuns.run(administrator, jobs, Jobs.REMINDERS, parameters);
    }

    @Test
    void aWorkerWhoAskedGetsOneDigestOfNewAlertsOnce() throws Exception {
        administrator.call(() -> programmes.installTemplates());
        Programme programme = coordinator.call(() -> programmes.getProgrammeByCode("ASLD-IML-PLUS"));
        long nord = coordinator.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
        long worker = administrator.call(() -> accounts.findByUsername("travailleuse-sud")).orElseThrow().getId();
        // A referent of nobody else's measure, so that other tests' alerts do not count here.
        TestDatabase.execute("update user_account set email = 'sonia@example.org', email_alerts = true"
                + " where id = " + worker);
        LocalDate start = LocalDate.of(2035, 2, 5);
        Household household = coordinator.call(() -> households.createHousehold(new Household(nord,
                new Person("Courriel", "Anne", LocalDate.of(1980, 1, 1), "F", Relationship.HEAD)))).household();
        coordinator.call(() -> measures.openMeasure(household.getId(), programme.getId(), worker, nord, start));
        LocalDate periodEnd = programme.firstPeriodEnd(start).orElseThrow();
        try (SmtpSink sink = new SmtpSink(SMTP_PORT)) {
            assertEquals(BatchStatus.COMPLETED, remind(periodEnd.minusDays(3)));
            var toSonia = sink.received().stream().filter(m -> m.to().equals("sonia@example.org")).toList();
            assertEquals(1, toSonia.size(), sink.received().toString());
            String mail = toSonia.get(0).data();
            assertTrue(mail.contains(household.getReference()), mail);
            assertFalse(mail.contains("Courriel"), "no name travels by e-mail: " + mail);
            assertEquals(0, TestDatabase.count("select count(*) from alert where recipient_id = " + worker
                    + " and emailed_at is null"));

            assertEquals(BatchStatus.COMPLETED, remind(periodEnd.minusDays(3)));
            assertEquals(1, sink.received().stream().filter(m -> m.to().equals("sonia@example.org")).count(),
                    "nothing is mailed twice");
        } finally {
            TestDatabase.execute("update user_account set email_alerts = false where id = " + worker);
        }
    }
}
