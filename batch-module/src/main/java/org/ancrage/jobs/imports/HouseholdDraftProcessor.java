package org.ancrage.jobs.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ancrage.imports.HouseholdDraft;
import org.ancrage.imports.HouseholdRows;
import org.ancrage.imports.ImportService;
import org.ancrage.jobs.JobIdentity;

/**
 * Reads and checks a household's rows; a refused one has its rows and reasons noted for the
 * refused rows' file (in a transaction of their own) and is skipped.
 */
@Named
@Dependent
public class HouseholdDraftProcessor implements ItemProcessor {

    @EJB
    private JobIdentity identity;

    @EJB
    private ImportService imports;

    @Inject
    @BatchProperty
    private String importId;

    @Override
    public Object processItem(Object item) {
        HouseholdRows group = (HouseholdRows) item;
        long id = Long.parseLong(importId);
        HouseholdDraft draft = identity.call(() -> imports.draft(id, group));
        if (draft.refused()) {
            identity.call(() -> {
                imports.recordRefusal(id, group, draft);
                return null;
            });
            throw new HouseholdRowsRefused(draft);
        }
        return draft;
    }
}
