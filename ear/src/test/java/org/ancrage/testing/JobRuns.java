package org.ancrage.testing;

import jakarta.batch.runtime.BatchStatus;
import java.util.Properties;
import org.ancrage.jobs.JobControl;

/** Runs a batch job as an administrator would from the jobs page, and waits for its end. */
public final class JobRuns {

    private JobRuns() {
    }

    /** Starts {@code job} and returns how it ended. */
    public static BatchStatus run(RunAs.Administrator administrator, JobControl jobs, String job,
            Properties parameters) throws Exception {
        return awaitEnd(administrator, jobs, administrator.call(() -> jobs.start(job, parameters)));
    }

    /**
     * Waits (at most three minutes: a month's run prints a paper for every occupancy the tests have
     * made by then) for the execution to end, and returns how it ended.
     */
    public static BatchStatus awaitEnd(RunAs.Administrator administrator, JobControl jobs, long executionId)
            throws Exception {
        for (int i = 0; i < 1800; i++) {
            BatchStatus status = administrator.call(() -> jobs.execution(executionId)).status();
            if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("execution " + executionId + " still running after 180 s");
    }
}
