package org.ancrage.jobs.reminders;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.reminders.DeadlineWatch;
import org.ancrage.reminders.DeadlineWatch.Raise;

/**
 * Raises a chunk's alerts in one batch, and resolves those whose deadline the measures no longer
 * have, inside the chunk's transaction.
 */
@Named
@Dependent
public class AlertWriter extends AbstractItemWriter {

    @EJB
    private JobIdentity identity;

    @EJB
    private DeadlineWatch watch;

    @Override
    public void writeItems(List<Object> items) {
        List<Raise> raises = new ArrayList<>();
        List<DeadlineWatch.Standing> standing = new ArrayList<>();
        for (Object item : items) {
            DeadlineProcessor.Watched watched = (DeadlineProcessor.Watched) item;
            raises.addAll(watched.raises());
            standing.add(watched.standing());
        }
        identity.call(() -> watch.resolveGone(standing));
        identity.call(() -> watch.raise(raises));
    }
}
