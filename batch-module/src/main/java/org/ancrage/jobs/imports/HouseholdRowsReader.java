package org.ancrage.jobs.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ancrage.imports.HouseholdRows;
import org.ancrage.imports.ImportService;
import org.ancrage.jobs.JobIdentity;

/**
 * The households of the prepared file, one item each, in the order the file names them. The
 * checkpoint is how many were handed out: the file kept with the import never changes, so a
 * restart resumes after the last committed chunk.
 */
@Named
@Dependent
public class HouseholdRowsReader extends AbstractItemReader {

    @EJB
    private JobIdentity identity;

    @EJB
    private ImportService imports;

    @Inject
    @BatchProperty
    private String importId;

    private List<HouseholdRows> households;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        households = identity.call(() -> imports.householdsOf(Long.parseLong(importId)));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < households.size() ? households.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
