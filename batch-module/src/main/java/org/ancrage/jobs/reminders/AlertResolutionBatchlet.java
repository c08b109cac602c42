package org.ancrage.jobs.reminders;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.reminders.AlertResolution;

/**
 * After the watched measures, resolves the alerts of the measures the reading skips: ended ones
 * (all but the follow-up visit), and follow-up visits logged or no longer due.
 */
@Named
@Dependent
public class AlertResolutionBatchlet extends AbstractBatchlet {

    @EJB
    private JobIdentity identity;

    @EJB
    private AlertResolution resolution;

    @Override
    public String process() {
        return "RESOLVED=" + identity.call(resolution::resolveWhereTheMeasureSaysSo);
    }
}
