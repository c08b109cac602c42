package org.ancrage.jobs;

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
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ancrage.security.Roles;

/**
 * Starts and restarts the jobs, one execution of a job at a time: JBatch itself would happily run
 * a job twice at once (STACK.md), so a start or a restart while one runs is refused here. Also
 * what the jobs page shows: executions with their progress.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
public class JobControl {

    /** The jobs of this application, by their job XML names. */
    public static final List<String> JOBS = List.of(Jobs.REMINDERS, Jobs.RENT_CALLS, Jobs.STATISTICS, Jobs.RETENTION,
            Jobs.SCHEDULED_DEPARTURES);

    /** An execution as the jobs page shows it. */
    public record ExecutionView(long id, String jobName, BatchStatus status, String exitStatus, Instant started,
            Instant ended, long read, long written, long skipped, long commits) {

        public boolean isRestartable() {
            return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
        }
    }

    @Lock(LockType.WRITE)
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long start(String jobName, Properties parameters) {
        return launch(jobName, parameters);
    }

    /** Computes the statistics of {@code year} now: directors may, as they answer to the funders. */
    @Lock(LockType.WRITE)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR})
    public long startStatistics(int year) {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.YEAR, Integer.toString(year));
        return launch(Jobs.STATISTICS, parameters);
    }

    /** Restarts a failed or stopped execution from its last checkpoint. */
    @Lock(LockType.WRITE)
    @RolesAllowed(Roles.ADMINISTRATOR)
    public long restart(long executionId, Properties parameters) {
        JobOperator operator = BatchRuntime.getJobOperator();
        refuseIfRunning(operator.getJobExecution(executionId).getJobName());
        return operator.restart(executionId, parameters);
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
