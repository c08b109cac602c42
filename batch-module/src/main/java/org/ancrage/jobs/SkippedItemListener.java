package org.ancrage.jobs;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ancrage.reminders.MeasureWatch;
import org.ancrage.reminders.UnwatchableMeasure;

/** Reports each item a job skipped, so that a bad record never disappears silently. */
@Named
@Dependent
public class SkippedItemListener implements SkipProcessListener {

    @Inject
    private JobContext job;

    @EJB
    private JobProblems problems;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        String what = item instanceof MeasureWatch m ? "measure " + m.measureId()
                : e instanceof UnwatchableMeasure u ? "measure " + u.measureId() : String.valueOf(item);
        problems.record(job.getExecutionId(), job.getJobName(), what, e.getMessage());
    }
}
