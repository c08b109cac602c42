package org.ancrage.jobs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.EJB;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.ancrage.imports.ImportService;
import org.ancrage.security.Roles;
import org.ancrage.system.NotFoundException;

/**
 * Starts and restarts the jobs, one execution of a job at a time: JBatch itself would happily run
 * a job twice at once, so a start or a restart while one runs is refused here. Also
 * what the jobs page shows: executions with their progress.
 *
 * <p>The executions are read from the job repository's tables rather than through the
 * {@link JobOperator}: Payara tags each job instance with the deployment that started it and its
 * operator refuses ({@code JobSecurityException}) to show an instance of an earlier deployment, so
 * the history would vanish at every redeployment or upgrade. A restart of such an instance is
 * first re-tagged to this deployment ({@link JobRepository#adopt}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class JobControl {

    /** The jobs an administrator may start by name, without anything prepared. */
    public static final List<String> STARTABLE = List.of(Jobs.REMINDERS, Jobs.RENT_CALLS, Jobs.STATISTICS,
            Jobs.RETENTION, Jobs.SCHEDULED_DEPARTURES);

    /** The jobs of this application, by their job XML names. */
    public static final List<String> JOBS = List.of(Jobs.REMINDERS, Jobs.RENT_CALLS, Jobs.STATISTICS, Jobs.RETENTION,
            Jobs.SCHEDULED_DEPARTURES, Jobs.HOUSEHOLD_IMPORT);

    /** An execution as the jobs page shows it. */
    public record ExecutionView(long id, String jobName, BatchStatus status, String exitStatus, Instant started,
            Instant ended, long read, long written, long skipped, long commits) {

        public boolean isRestartable() {
            return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
        }
    }

    /**
     * The job parameter naming who started an execution, for the audit trail: set here from the
     * caller, never taken from the parameters given ("timer" only for the schedule's own identity).
     */
    public static final String STARTED_BY = "ancrage.startedBy";

    @Resource
    private SessionContext context;

    @Resource(lookup = "jdbc/ancrage")
    private DataSource dataSource;

    @EJB
    private ImportService imports;

    @Lock(LockType.WRITE)
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long start(String jobName, Properties parameters) {
        if (!STARTABLE.contains(jobName)) {
            // An import starts from its prepared file only (startImport), by whoever may import it.
            throw new NotFoundException(JobExecution.class, jobName);
        }
        return launch(jobName, startedBy(parameters));
    }

    /**
     * Imports the households of a prepared file: by a person who may create households in its
     * service (checked by the imports service), one import at a time.
     */
    @Lock(LockType.WRITE)
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public long startImport(long importId, Integer itemCount) {
        imports.mayStart(importId);
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.IMPORT_ID, Long.toString(importId));
        if (itemCount != null) {
            parameters.setProperty(Jobs.ITEM_COUNT, itemCount.toString());
        }
        long id = launch(Jobs.HOUSEHOLD_IMPORT, startedBy(parameters));
        imports.started(importId, id);
        return id;
    }

    /** Restarts a failed or stopped import from its last checkpoint: by a person who may import its file. */
    @Lock(LockType.WRITE)
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public long restartImport(long executionId) {
        if (!Jobs.HOUSEHOLD_IMPORT.equals(execution(executionId).jobName())) {
            throw new NotFoundException(JobExecution.class, executionId);
        }
        imports.mayStart(Long.parseLong(BatchRuntime.getJobOperator().getParameters(executionId)
                .getProperty(Jobs.IMPORT_ID)));
        return restartExecution(executionId, new Properties());
    }

    /** How an import's execution goes, for the person who started it. */
    @Lock(LockType.READ)
    @RolesAllowed({Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public ExecutionView importExecution(long executionId) {
        ExecutionView view = execution(executionId);
        if (!Jobs.HOUSEHOLD_IMPORT.equals(view.jobName())) {
            throw new NotFoundException(JobExecution.class, executionId);
        }
        return view;
    }

    /** A copy of {@code given} naming the caller as the starter (the schedule's timers as "timer"). */
    private Properties startedBy(Properties given) {
        Properties parameters = new Properties();
        if (given != null) {
            parameters.putAll(given);
        }
        String caller = context.getCallerPrincipal().getName();
        boolean timer = "timer".equals(parameters.getProperty(STARTED_BY)) && Arrays.asList(Roles.ALL).contains(caller);
        parameters.setProperty(STARTED_BY, timer ? "timer" : caller);
        return parameters;
    }

    /** Computes the statistics of {@code year} now: directors may, as they answer to the funders. */
    @Lock(LockType.WRITE)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public long startStatistics(int year) {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.YEAR, Integer.toString(year));
        return launch(Jobs.STATISTICS, startedBy(parameters));
    }

    /**
     * Issues the rent calls of {@code month} and prints its papers (the month's notices, the quittances
     * of the month before): the rental managers' monthly work, which they may start themselves.
     */
    @Lock(LockType.WRITE)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.RENTAL_MANAGER})
    public long startRentCalls(YearMonth month) {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.MONTH, month.toString());
        return launch(Jobs.RENT_CALLS, startedBy(parameters));
    }

    /** Restarts a failed or stopped execution from its last checkpoint. */
    @Lock(LockType.WRITE)
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long restart(long executionId, Properties parameters) {
        return restartExecution(executionId, parameters);
    }

    private long restartExecution(long executionId, Properties parameters) {
        JobOperator operator = BatchRuntime.getJobOperator();
        ExecutionView restarted = execution(executionId);
        refuseIfRunning(restarted.jobName());
        if (Jobs.HOUSEHOLD_IMPORT.equals(restarted.jobName())) {
            // A restart is given new parameters only: the import must read the same prepared file again.
            Properties original = operator.getParameters(executionId);
            Properties merged = new Properties();
            merged.setProperty(Jobs.IMPORT_ID, original.getProperty(Jobs.IMPORT_ID));
            if (original.getProperty(Jobs.ITEM_COUNT) != null) {
                merged.setProperty(Jobs.ITEM_COUNT, original.getProperty(Jobs.ITEM_COUNT));
            }
            if (parameters != null) {
                merged.putAll(parameters);
            }
            parameters = merged;
        }
        String tag = currentTag();
        if (!tag.equals(JobRepository.tagOf(dataSource, executionId))) {
            JobRepository.adopt(dataSource, executionId, tag);
        }
        return operator.restart(executionId, startedBy(parameters));
    }

    /** The job that does nothing, started to learn this deployment's tag. */
    static final String TAG_PROBE = "deployment-tag";

    /** The tag Payara gives the job instances this deployment starts, learnt from one of them. */
    private volatile String currentTag;

    private String currentTag() {
        if (currentTag == null) {
            currentTag = JobRepository.tagOf(dataSource, BatchRuntime.getJobOperator().start(TAG_PROBE, new Properties()));
        }
        return currentTag;
    }

    private long launch(String jobName, Properties parameters) {
        refuseIfRunning(jobName);
        long id = BatchRuntime.getJobOperator().start(jobName, parameters);
        currentTag = JobRepository.tagOf(dataSource, id);
        return id;
    }

    private static void refuseIfRunning(String jobName) {
        try {
            if (!BatchRuntime.getJobOperator().getRunningExecutions(jobName).isEmpty()) {
                throw new JobAlreadyRunning(jobName);
            }
        } catch (NoSuchJobException e) {
            // JBatch's answer when no execution of the job runs (or ever ran): nothing to refuse.
        }
    }

    @Lock(LockType.READ)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.RENTAL_MANAGER})
    public ExecutionView execution(long executionId) {
        List<ExecutionView> found = JobRepository.executions(dataSource, JOBS, executionId, 1);
        if (found.isEmpty()) {
            throw new NotFoundException(JobExecution.class, executionId);
        }
        return found.get(0);
    }

    /** The latest executions of every job, newest first, whichever deployment ran them. */
    @Lock(LockType.READ)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public List<ExecutionView> recentExecutions(int max) {
        return JobRepository.executions(dataSource, JOBS, null, max);
    }

    /** A page of the executions of every job, newest first, and how many there are in all. */
    public record ExecutionPage(List<ExecutionView> items, long total) {
    }

    /** The executions from the {@code first}-th newest, at most {@code max} (read from the job repository). */
    @Lock(LockType.READ)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public ExecutionPage executions(int first, int max) {
        return new ExecutionPage(JobRepository.executions(dataSource, JOBS, null, Math.max(0, first), Math.max(0, max)),
                JobRepository.count(dataSource, JOBS));
    }
}
