package org.ancrage.jobs;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.ancrage.security.Roles;

/**
 * Starts and restarts the jobs, one execution of a job at a time: JBatch itself would happily run
 * a job twice at once, so a start or a restart while one runs is refused here. Also
 * what the jobs page shows: executions with their progress.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class JobControl {

    /** The jobs of this application, by their job XML names. */
    public static final List<String> JOBS = List.of(Jobs.REMINDERS, Jobs.RENT_CALLS, Jobs.STATISTICS, Jobs.RETENTION);

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

    @Lock(LockType.WRITE)
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long start(String jobName, Properties parameters) {
        return launch(jobName, startedBy(parameters));
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

    /** Restarts a failed or stopped execution from its last checkpoint. */
    @Lock(LockType.WRITE)
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long restart(long executionId, Properties parameters) {
        JobOperator operator = BatchRuntime.getJobOperator();
        refuseIfRunning(operator.getJobExecution(executionId).getJobName());
        return operator.restart(executionId, startedBy(parameters));
    }

    private static long launch(String jobName, Properties parameters) {
        refuseIfRunning(jobName);
        return BatchRuntime.getJobOperator().start(jobName, parameters);
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
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public ExecutionView execution(long executionId) {
        return view(BatchRuntime.getJobOperator().getJobExecution(executionId));
    }

    /** The latest executions of every job, newest first. */
    @Lock(LockType.READ)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public List<ExecutionView> recentExecutions(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecution> executions = new ArrayList<>();
        for (String job : JOBS) {
            if (operator.getJobNames().contains(job)) {
                operator.getJobInstances(job, 0, max)
                        .forEach(instance -> executions.addAll(operator.getJobExecutions(instance)));
            }
        }
        return executions.stream().sorted((a, b) -> Long.compare(b.getExecutionId(), a.getExecutionId()))
                .limit(max).map(JobControl::view).toList();
    }

    /** A page of the executions of every job, newest first, and how many there are in all. */
    public record ExecutionPage(List<ExecutionView> items, long total) {
    }

    /** The executions from the {@code first}-th newest, at most {@code max}; only those are read in detail. */
    @Lock(LockType.READ)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public ExecutionPage executions(int first, int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Long> ids = new ArrayList<>();
        for (String job : JOBS) {
            if (operator.getJobNames().contains(job)) {
                operator.getJobInstances(job, 0, Integer.MAX_VALUE)
                        .forEach(instance -> operator.getJobExecutions(instance)
                                .forEach(e -> ids.add(e.getExecutionId())));
            }
        }
        ids.sort(java.util.Comparator.reverseOrder());
        return new ExecutionPage(ids.stream().skip(Math.max(0, first)).limit(Math.max(0, max))
                .map(id -> view(operator.getJobExecution(id))).toList(), ids.size());
    }

    private static ExecutionView view(JobExecution execution) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        long commits = 0;
        for (StepExecution step : BatchRuntime.getJobOperator().getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> written += metric.getValue();
                    case PROCESS_SKIP_COUNT, READ_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += metric.getValue();
                    case COMMIT_COUNT -> commits += metric.getValue();
                    default -> {
                    }
                }
            }
        }
        return new ExecutionView(execution.getExecutionId(), execution.getJobName(), execution.getBatchStatus(),
                execution.getExitStatus(), execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant(), read, written, skipped,
                commits);
    }
}
