package org.ancrage.jobs.imports;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ancrage.imports.HouseholdRows;
import org.ancrage.jobs.JobProblems;

/** Reports each refused household on the jobs page: its identifier, its rows, every reason in French. */
@Named
@Dependent
public class RefusedHouseholdListener implements SkipProcessListener {

    @Inject
    private JobContext job;

    @EJB
    private JobProblems problems;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        HouseholdRows group = (HouseholdRows) item;
        String reason = e instanceof HouseholdRowsRefused refused ? refused.draft().errors().stream()
                .map(error -> error.text(Locale.FRENCH)).collect(Collectors.joining(" ; ")) : e.getMessage();
        problems.record(job.getExecutionId(), job.getJobName(), "« " + group.key() + " » (" + group.rowNumbers() + ")",
                reason);
    }
}
