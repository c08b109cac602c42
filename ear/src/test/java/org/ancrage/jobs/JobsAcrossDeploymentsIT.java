package org.ancrage.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Job history and restart survive what ops do and what happens to servers: an execution made by
 * an earlier deployment (Payara tags each job instance with the deployment that started it, and its
 * operator then answered JobSecurityException) is still shown and restarted from its checkpoint;
 * an execution left STARTED by a server that died is marked FAILED at start-up, restartable, and
 * no longer blocks the next start. The redeployment is simulated by giving the instance the tag
 * of another deployment, the dead server by an execution last updated before this JVM started;
 * server-config/test-ops (with ANCRAGE_OPS_KILL=true) does the same with a real kill -9.
 */
@ExtendWith(ArquillianExtension.class)
class JobsAcrossDeploymentsIT {

    private static final String EARLIER_DEPLOYMENT = "server-config:ancrage_ancrage-batch.jar_JobControl_1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(JobsAcrossDeploymentsIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB JobControl jobs;
    @EJB JobRecovery recovery;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;

    private List<Measure> followed(int count, String name, LocalDate start, Programme programme) throws Exception {
        long serviceUnitId = coordinator.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
        long workerId = administrator.call(() -> accounts.findByUsername("travailleur")).orElseThrow().getId();
        List<Measure> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Household household = coordinator.call(() -> households.createHousehold(new Household(serviceUnitId,
                    new Person(name, "Inès", LocalDate.of(1988, 5, 4), "F", Relationship.HEAD)))).household();
            opened.add(coordinator.call(() -> measures.openMeasure(household.getId(), programme.getId(), workerId,
                    serviceUnitId, start)));
        }
        return opened;
    }

    private static Properties on(LocalDate runDate, int itemCount) {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.RUN_DATE, runDate.toString());
        parameters.setProperty(Jobs.ITEM_COUNT, Integer.toString(itemCount));
        return parameters;
    }

    private static void taggedByAnEarlierDeployment(long executionId) throws Exception {
        TestDatabase.execute("UPDATE jobinstancedata SET apptag = '" + EARLIER_DEPLOYMENT + "' WHERE jobinstanceid ="
                + " (SELECT jobinstanceid FROM executioninstancedata WHERE jobexecid = " + executionId + ")");
    }

    @Test
    void anExecutionOfAnEarlierDeploymentIsShownAndRestartedFromItsCheckpoint() throws Exception {
        administrator.call(() -> programmes.installTemplates());
        Programme programme = coordinator.call(() -> programmes.getProgrammeByCode("ASLD-IML-PLUS"));
        LocalDate start = LocalDate.of(2036, 3, 7);
        List<Measure> mine = followed(25, "Redeploiement", start, programme);
        LocalDate periodEnd = programme.firstPeriodEnd(start).orElseThrow();
        String ofTest = "measure_id in (" + mine.stream().map(m -> m.getId().toString()).collect(Collectors.joining(","))
                + ") and kind = 'PERIOD_ENDING' and due_date = '" + periodEnd + "'";
        TestDatabase.execute("create or replace function redeploy_it_failure() returns trigger as $$ begin"
                + " if new.measure_id = " + mine.get(15).getId() + " then raise exception 'injected failure'; end if;"
                + " return new; end $$ language plpgsql");
        TestDatabase.execute("create trigger redeploy_it_failure before insert on alert for each row"
                + " execute function redeploy_it_failure()");
        long failed;
        try {
            failed = administrator.call(() -> jobs.start(Jobs.REMINDERS, on(periodEnd.minusDays(2), 5)));
            assertEquals(BatchStatus.FAILED, JobRuns.awaitEnd(administrator, jobs, failed));
        } finally {
            TestDatabase.execute("drop trigger redeploy_it_failure on alert");
            TestDatabase.execute("drop function redeploy_it_failure()");
        }
        long beforeRestart = TestDatabase.count("select count(*) from alert where " + ofTest);
        taggedByAnEarlierDeployment(failed);

        JobControl.ExecutionView earlier = administrator.call(() -> jobs.execution(failed));
        assertEquals(BatchStatus.FAILED, earlier.status());
        assertEquals(Jobs.REMINDERS, earlier.jobName());
        assertTrue(administrator.call(() -> jobs.recentExecutions(500)).stream().anyMatch(e -> e.id() == failed),
                "the history keeps the earlier deployment's execution");

        long restarted = administrator.call(() -> jobs.restart(failed, on(periodEnd.minusDays(2), 5)));
        assertEquals(BatchStatus.COMPLETED, JobRuns.awaitEnd(administrator, jobs, restarted));
        assertEquals(25, TestDatabase.count("select count(*) from alert where " + ofTest));
        assertEquals(25, TestDatabase.count("select count(distinct measure_id) from alert where " + ofTest));
        assertTrue(beforeRestart >= 11, "the restart went on from the checkpoint: " + beforeRestart);
    }

    @Test
    void anExecutionLeftRunningByADeadServerIsMarkedFailedAndRestartable() throws Exception {
        long ended = administrator.call(() -> jobs.start(Jobs.RETENTION, dryRun()));
        assertEquals(BatchStatus.COMPLETED, JobRuns.awaitEnd(administrator, jobs, ended));
        // As a kill -9 leaves it: still STARTED, last updated before this server's JVM started.
        TestDatabase.execute("UPDATE executioninstancedata SET batchstatus = 'STARTED', exitstatus = NULL,"
                + " endtime = NULL, updatetime = timestamp '2001-01-01 00:00' WHERE jobexecid = " + ended);
        TestDatabase.execute("UPDATE stepexecutioninstancedata SET batchstatus = 'STARTED' WHERE jobexecid = " + ended);
        assertEquals(BatchStatus.STARTED, administrator.call(() -> jobs.execution(ended)).status());

        List<Long> marked = administrator.call(() -> recovery.failOrphans());
        assertTrue(marked.contains(ended), "marked: " + marked);
        assertEquals(BatchStatus.FAILED, administrator.call(() -> jobs.execution(ended)).status());
        assertEquals(0, TestDatabase.count("select count(*) from stepexecutioninstancedata where jobexecid = " + ended
                + " and batchstatus = 'STARTED'"));

        long next = administrator.call(() -> jobs.start(Jobs.RETENTION, dryRun()));
        assertEquals(BatchStatus.COMPLETED, JobRuns.awaitEnd(administrator, jobs, next), "no longer blocks a new start");
    }

    @Test
    void anExecutionUpdatedSinceThisServerStartedIsLeftAlone() throws Exception {
        long ended = administrator.call(() -> jobs.start(Jobs.RETENTION, dryRun()));
        assertEquals(BatchStatus.COMPLETED, JobRuns.awaitEnd(administrator, jobs, ended));
        TestDatabase.execute("UPDATE executioninstancedata SET batchstatus = 'STARTED', updatetime = now()::timestamp"
                + " WHERE jobexecid = " + ended);
        try {
            assertTrue(!administrator.call(() -> recovery.failOrphans()).contains(ended));
            assertEquals(BatchStatus.STARTED, administrator.call(() -> jobs.execution(ended)).status());
        } finally {
            TestDatabase.execute("UPDATE executioninstancedata SET batchstatus = 'COMPLETED' WHERE jobexecid = " + ended);
        }
    }

    private static Properties dryRun() {
        Properties parameters = new Properties();
        parameters.setProperty("dryRun", "true");
        return parameters;
    }
}
