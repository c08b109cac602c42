package org.ancrage.jobs;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.ancrage.privacy.AuditActor;

/**
 * Every change a job makes is written to the audit trail in its name and its starter's
 * ({@code job:retention (started by administration)}, {@code job:deadline-reminders (timer)}),
 * never under the technical identity it runs with. The steps run on the job's thread.
 */
@Named
@Dependent
public class JobActorListener implements JobListener {

    @Inject
    private JobContext job;

    @Override
    public void beforeJob() {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        String startedBy = parameters == null ? null : parameters.getProperty(JobControl.STARTED_BY);
        AuditActor.startJob(AuditActor.jobLabel(job.getJobName(), startedBy));
    }

    @Override
    public void afterJob() {
        AuditActor.endJob();
    }
}
