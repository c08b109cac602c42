package org.ancrage.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.Properties;
import org.ancrage.contacts.Contact;
import org.ancrage.contacts.ContactService;
import org.ancrage.programmes.ContactType;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.jobs.JobControl;
import org.ancrage.jobs.Jobs;
import org.ancrage.measures.Decision;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.Evaluation;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.security.AccountService;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.JobRuns;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alerts whose cause is gone disappear without a click: at once when the service removes the
 * cause (a bilan written, a measure ended, a contact logged), and at the latest at the next
 * reminders run when the cause went another way (a contact imported straight into the database);
 * a second run changes nothing. The follow-up visit after the end stays due until it is logged.
 */
@ExtendWith(ArquillianExtension.class)
class AlertsClearThemselvesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(AlertsClearThemselvesIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB ContactService contacts;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB JobControl jobs;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.SocialWorker worker;

    private Programme udaf;
    private long serviceUnitId;
    private long workerId;

    @BeforeEach
    void references() throws Exception {
        administrator.call(() -> programmes.installTemplates());
        udaf = coordinator.call(() -> programmes.getProgrammeByCode("UDAF55-ASLL"));
        serviceUnitId = coordinator.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
        workerId = administrator.call(() -> accounts.findByUsername("travailleur")).orElseThrow().getId();
    }

    private Measure followed(String name, LocalDate start) throws Exception {
        Household household = coordinator.call(() -> households.createHousehold(new Household(serviceUnitId,
                new Person(name, "Inès", LocalDate.of(1988, 5, 4), "F", Relationship.HEAD)))).household();
        return coordinator.call(() -> measures.openMeasure(household.getId(), udaf.getId(), workerId, serviceUnitId,
                start));
    }

    private void remind(LocalDate on) throws Exception {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.RUN_DATE, on.toString());
        assertEquals(BatchStatus.COMPLETED, JobRuns.run(administrator, jobs, Jobs.REMINDERS, parameters));
    }

    private static long standing(Measure measure, String kind) throws Exception {
        return TestDatabase.count("select count(*) from alert where measure_id = " + measure.getId() + " and kind = '"
                + kind + "' and resolved_at is null");
    }

    private static long resolved(Measure measure, String kind) throws Exception {
        return TestDatabase.count("select count(*) from alert where measure_id = " + measure.getId() + " and kind = '"
                + kind + "' and resolved_at is not null");
    }

    @Test
    void aBilanWrittenAndAMeasureEndedClearTheirAlertsAtOnce() throws Exception {
        LocalDate start = LocalDate.of(2036, 1, 7);
        Measure measure = followed("Bilan-Ecrit", start);
        LocalDate periodEnd = udaf.firstPeriodEnd(start).orElseThrow();
        remind(periodEnd.minusDays(3));
        assertTrue(standing(measure, "EVALUATION_DUE") >= 1, "the bilan was due 10 days before the end");
        assertTrue(standing(measure, "PERIOD_ENDING") >= 1);

        Measure evaluated = worker.call(() -> measures.evaluateMeasure(measure.getId(), measure.getVersion(),
                new Evaluation(periodEnd.minusDays(3), workerId, "Bilan de fin de période", "Budget tenu", "Emploi",
                        Decision.RENEW)));

        assertEquals(0, standing(measure, "EVALUATION_DUE"), "resolved by the service, without a click");
        assertTrue(resolved(measure, "EVALUATION_DUE") >= 1, "kept as resolved, not deleted");
        assertTrue(standing(measure, "PERIOD_ENDING") >= 1, "the period still ends without a decision");

        coordinator.call(() -> measures.endMeasure(measure.getId(), evaluated.getVersion(), periodEnd,
                EndReason.OBJECTIVES_REACHED, HousingOutcome.STAYED_IN_DWELLING));
        assertEquals(0, TestDatabase.count("select count(*) from alert where measure_id = " + measure.getId()
                + " and resolved_at is null"), "an ended measure owes nothing but its follow-up visit");

        remind(periodEnd.minusDays(2));
        assertEquals(0, TestDatabase.count("select count(*) from alert where measure_id = " + measure.getId()
                + " and resolved_at is null and kind <> 'FOLLOW_UP_DUE'"), "the next run raises none of them again");
    }

    @Test
    void aCauseGoneAnotherWayIsClearedByTheNextRunAndASecondRunChangesNothing() throws Exception {
        LocalDate start = LocalDate.of(2037, 2, 2);
        Measure measure = followed("Contact-Importe", start);
        remind(start.plusDays(20));
        assertTrue(standing(measure, "CONTACT_LATE") >= 1, "2 meetings a month: none in 20 days");

        // A contact that reaches the database without the service (an import), then an ended measure.
        TestDatabase.execute("insert into contact (id, measure_id, household_id, occurred_at, type, worker_id) values"
                + " (nextval('contact_seq'), " + measure.getId() + ", " + measure.getHouseholdId() + ", '"
                + start.plusDays(19) + " 10:00', 'HOME_VISIT', " + workerId + ")");
        remind(start.plusDays(20));
        assertEquals(0, standing(measure, "CONTACT_LATE"), "the contact took the cause away");
        String resolvedAt = TestDatabase.text("select string_agg(resolved_at::text, ',' order by id) from alert"
                + " where measure_id = " + measure.getId());

        remind(start.plusDays(20));
        assertEquals(resolvedAt, TestDatabase.text("select string_agg(resolved_at::text, ',' order by id) from alert"
                + " where measure_id = " + measure.getId()), "a second run changes nothing");

        remind(start.plusMonths(3).minusDays(5));
        assertTrue(standing(measure, "PERIOD_ENDING") >= 1);
        TestDatabase.execute("update measure set status = 'ENDED', end_date = '" + start.plusMonths(2)
                + "', end_reason = 'MOVED', housing_outcome = 'UNKNOWN' where id = " + measure.getId());
        remind(start.plusMonths(3).minusDays(5));
        assertEquals(0, standing(measure, "PERIOD_ENDING"), "the measure ended: its period no longer ends");
    }

    @Test
    void theFollowUpVisitIsDueAfterTheEndUntilItIsLogged() throws Exception {
        LocalDate start = LocalDate.of(2024, 1, 8);
        Measure measure = followed("Visite-Suivi", start);
        LocalDate end = LocalDate.of(2024, 5, 31);
        Measure ended = coordinator.call(() -> measures.endMeasure(measure.getId(), measure.getVersion(), end,
                EndReason.OBJECTIVES_REACHED, HousingOutcome.STAYED_IN_DWELLING));
        assertEquals(LocalDate.of(2024, 11, 30), ended.getFollowUpDue(), "UDAF 55: 6 months after the end");
        assertEquals(LocalDate.of(2024, 11, 30),
                worker.call(() -> contacts.followUpVisitDue(measure.getId())).orElseThrow());

        remind(LocalDate.of(2024, 11, 20));
        assertEquals(1, TestDatabase.count("select count(*) from alert where measure_id = " + measure.getId()
                + " and kind = 'FOLLOW_UP_DUE' and resolved_at is null and recipient_id = " + workerId));

        worker.call(() -> contacts.logContact(measure.getId(), new Contact.Details(LocalDate.of(2024, 11, 22)
                .atTime(10, 0), ContactType.HOME_VISIT, workerId, 60, "Visite de suivi", null)));

        assertEquals(0, standing(measure, "FOLLOW_UP_DUE"), "logged: the alert is gone at once");
        assertTrue(worker.call(() -> contacts.followUpVisitDue(measure.getId())).isEmpty());
        remind(LocalDate.of(2024, 11, 28));
        assertEquals(0, standing(measure, "FOLLOW_UP_DUE"), "and the next run does not raise it again");
    }
}
