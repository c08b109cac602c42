package org.ancrage.jobs.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ancrage.imports.HouseholdDraft;
import org.ancrage.imports.ImportService;
import org.ancrage.jobs.JobIdentity;

/** Creates or updates each household of the chunk, on the file's source and identifier: idempotent. */
@Named
@Dependent
public class HouseholdImportWriter extends AbstractItemWriter {

    @EJB
    private JobIdentity identity;

    @EJB
    private ImportService imports;

    @Inject
    @BatchProperty
    private String importId;

    @Override
    public void writeItems(List<Object> items) {
        long id = Long.parseLong(importId);
        for (Object item : items) {
            identity.call(() -> imports.importHousehold(id, (HouseholdDraft) item));
        }
    }
}
