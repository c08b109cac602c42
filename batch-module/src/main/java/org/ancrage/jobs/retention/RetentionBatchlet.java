package org.ancrage.jobs.retention;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.Jobs;
import org.ancrage.retention.RetentionReport;
import org.ancrage.retention.RetentionService;

/**
 * Applies the retention periods in one transaction (set-based statements, so even years of files
 * go in seconds) and leaves the report as the execution's exit status, e.g.
 * {@code CLOSED_CASE=12 REFUSED_REFERRAL=3 CONTACT=480 CONFIDENTIAL_NOTE=95 DOCUMENT=20}.
 */
@Named
@Dependent
public class RetentionBatchlet extends AbstractBatchlet {

    @EJB
    private JobIdentity identity;

    @EJB
    private RetentionService retention;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String runDate;

    @Inject
    @BatchProperty
    private String dryRun;

    @Override
    public String process() {
        LocalDate today = runDate == null || runDate.isBlank() ? Jobs.today() : LocalDate.parse(runDate);
        RetentionReport report = identity.call(() -> retention.apply(today, Boolean.parseBoolean(dryRun)));
        job.setExitStatus(report.summary());
        return report.summary();
    }
}
