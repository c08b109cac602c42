package org.ancrage.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
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
 * The deadline reminders and rent calls jobs in the container on PostgreSQL: an alert per
 * deadline and recipient however many times the job runs, a bad measure skipped and reported
 * while the others are handled, a failure mid-step restarted with nothing lost or doubled, a
 * second start refused while one runs, and each month's rent called exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersAndRentCallsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(RemindersAndRentCallsIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB JobControl jobs;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;

    private Programme programme;
    private long serviceUnitId;
    private long workerId;
    private long coordinatorId;

    @BeforeEach
    void references() throws Exception {
        administrator.call(() -> programmes.installTemplates());
        programme = coordinator.call(() -> programmes.getProgrammeByCode("ASLD-IML-PLUS"));
        serviceUnitId = coordinator.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
        workerId = administrator.call(() -> accounts.findByUsername("travailleur")).orElseThrow().getId();
        coordinatorId = administrator.call(() -> accounts.findByUsername("coordinatrice")).orElseThrow().getId();
    }

    private List<Measure> followed(int count, String name, LocalDate start) throws Exception {
        List<Measure> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Household household = coordinator.call(() -> households.createHousehold(new Household(serviceUnitId,
                    new Person(name, "Inès", LocalDate.of(1988, 5, 4), "F", Relationship.HEAD)))).household();
            opened.add(coordinator.call(() -> measures.openMeasure(household.getId(), programme.getId(), workerId,
                    serviceUnitId, start)));
        }
        return opened;
    }

    private BatchStatus run(String job, Properties parameters) throws Exception {
        return JobRuns.run(administrator, jobs, job, parameters);
    }

    private BatchStatus awaitEnd(long executionId) throws Exception {
        return JobRuns.awaitEnd(administrator, jobs, executionId);
    }

    private static Properties on(LocalDate runDate, int itemCount) {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.RUN_DATE, runDate.toString());
        parameters.setProperty(Jobs.ITEM_COUNT, Integer.toString(itemCount));
        return parameters;
    }

    private static String ids(List<Measure> measures) {
        return measures.stream().map(m -> m.getId().toString()).collect(Collectors.joining(","));
    }

    private long alerts(String where) throws Exception {
        return TestDatabase.count("select count(*) from alert where " + where);
    }

    @Test
    void aDeadlineIsAlertedOncePerRecipientHoweverOftenTheJobRuns() throws Exception {
        LocalDate start = LocalDate.of(2031, 1, 6);
        List<Measure> mine = followed(3, "Rappel", start);
        LocalDate periodEnd = programme.firstPeriodEnd(start).orElseThrow();
        String measuresOfTest = "measure_id in (" + ids(mine) + ")";

        assertEquals(BatchStatus.COMPLETED, run(Jobs.REMINDERS, on(periodEnd.minusDays(5), 500)));
        assertEquals(3, alerts(measuresOfTest + " and kind = 'PERIOD_ENDING' and recipient_id = " + workerId
                + " and due_date = '" + periodEnd + "'"));
        assertEquals(0, alerts(measuresOfTest + " and kind = 'PERIOD_ENDING' and recipient_id = " + coordinatorId),
                "the period is not past yet");
        long afterFirstRun = alerts("true");

        assertEquals(BatchStatus.COMPLETED, run(Jobs.REMINDERS, on(periodEnd.minusDays(5), 500)));
        assertEquals(afterFirstRun, alerts("true"), "a second run raises nothing twice");

        // Past the deadline, the coordinator of the service is told as well, and the referent not twice.
        assertEquals(BatchStatus.COMPLETED, run(Jobs.REMINDERS, on(periodEnd.plusDays(1), 500)));
        assertEquals(3, alerts(measuresOfTest + " and kind = 'PERIOD_ENDING' and recipient_id = " + coordinatorId));
        assertEquals(3, alerts(measuresOfTest + " and kind = 'PERIOD_ENDING' and recipient_id = " + workerId));
    }

    @Test
    void aMeasureWithoutPeriodIsSkippedAndReportedAndTheOthersAreAlerted() throws Exception {
        LocalDate start = LocalDate.of(2032, 2, 2);
        List<Measure> mine = followed(2, "Sans-Periode", start);
        long bad = TestDatabase.count("select nextval('measure_seq')");
        TestDatabase.execute("insert into measure (id, household_id, programme_id, referent_worker_id, service_unit_id,"
                + " start_date, status, version) select " + bad + ", household_id, programme_id, referent_worker_id,"
                + " service_unit_id, start_date, 'OPEN', 0 from measure where id = " + mine.get(0).getId());
        try {
            LocalDate periodEnd = programme.firstPeriodEnd(start).orElseThrow();
            long execution = administrator.call(() -> jobs.start(Jobs.REMINDERS, on(periodEnd.minusDays(1), 500)));
            assertEquals(BatchStatus.COMPLETED, awaitEnd(execution));
            JobControl.ExecutionView view = administrator.call(() -> jobs.execution(execution));
            assertTrue(view.skipped() >= 1, view.toString());
            assertEquals(1, TestDatabase.count("select count(*) from job_problem where execution_id = " + execution
                    + " and item = 'measure " + bad + "' and reason like '%without any period%'"));
            assertEquals(2, alerts("measure_id in (" + ids(mine) + ") and kind = 'PERIOD_ENDING'"));
        } finally {
            TestDatabase.execute("delete from alert where measure_id = " + bad);
            TestDatabase.execute("delete from measure where id = " + bad);
        }
    }

    @Test
    void aFailureMidStepIsRestartedWithNothingLostOrDoubled() throws Exception {
        LocalDate start = LocalDate.of(2033, 3, 7);
        List<Measure> mine = followed(25, "Reprise", start);
        LocalDate periodEnd = programme.firstPeriodEnd(start).orElseThrow();
        String measuresOfTest = "measure_id in (" + ids(mine) + ") and kind = 'PERIOD_ENDING' and due_date = '"
                + periodEnd + "'";
        TestDatabase.execute("create or replace function reminders_it_failure() returns trigger as $$ begin"
                + " if new.measure_id = " + mine.get(15).getId() + " then raise exception 'injected failure'; end if;"
                + " return new; end $$ language plpgsql");
        TestDatabase.execute("create trigger reminders_it_failure before insert on alert for each row"
                + " execute function reminders_it_failure()");
        long failed;
        try {
            failed = administrator.call(() -> jobs.start(Jobs.REMINDERS, on(periodEnd.minusDays(2), 5)));
            assertEquals(BatchStatus.FAILED, awaitEnd(failed));
        } finally {
            TestDatabase.execute("drop trigger reminders_it_failure on alert");
            TestDatabase.execute("drop function reminders_it_failure()");
        }
        long beforeRestart = alerts(measuresOfTest);
        // Chunks mix these measures with others: the failing one loses at most four of them before it.
        assertTrue(beforeRestart >= 11 && beforeRestart <= 15, "chunks before the failure stayed: " + beforeRestart);

        long restarted = administrator.call(() -> jobs.restart(failed, on(periodEnd.minusDays(2), 5)));
        assertEquals(BatchStatus.COMPLETED, awaitEnd(restarted));
        assertEquals(25, alerts(measuresOfTest));
        assertEquals(25, TestDatabase.count("select count(distinct measure_id) from alert where " + measuresOfTest));
    }

    @Test
    void aSecondStartWhileOneRunsIsRefused() throws Exception {
        followed(1, "Concurrent", LocalDate.of(2031, 4, 1));
        long first = administrator.call(() -> jobs.start(Jobs.REMINDERS, on(LocalDate.of(2031, 6, 1), 1)));
        try {
            assertThrows(JobAlreadyRunning.class,
                    () -> administrator.call(() -> jobs.start(Jobs.REMINDERS, on(LocalDate.of(2031, 6, 1), 1))));
        } finally {
            awaitEnd(first);
        }
    }

    @Test
    void eachMonthsRentIsCalledExactlyOnce() throws Exception {
        String month = "2034-05";
        // open in May, and not leaving before it by a departure scheduled
        long owing = TestDatabase.count("select count(*) from occupancy o where start_date <= date '2034-05-31'"
                + " and (end_date is null or end_date > date '2034-05-01') and not exists (select 1 from"
                + " scheduled_departure s where s.occupancy_id = o.id and s.status = 'SCHEDULED'"
                + " and s.effective_on <= date '2034-05-01')");
        assertTrue(owing > 0, "the demo stock has occupied dwellings");
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.MONTH, month);
        parameters.setProperty(Jobs.ITEM_COUNT, "2");

        assertEquals(BatchStatus.COMPLETED, run(Jobs.RENT_CALLS, parameters));
        assertEquals(owing, TestDatabase.count("select count(*) from rent_call where month = date '2034-05-01'"));
        assertEquals(BatchStatus.COMPLETED, run(Jobs.RENT_CALLS, parameters));
        assertEquals(owing, TestDatabase.count("select count(*) from rent_call where month = date '2034-05-01'"));
        assertEquals(owing, TestDatabase.count(
                "select count(distinct occupancy_id) from rent_call where month = date '2034-05-01'"));
    }
}
