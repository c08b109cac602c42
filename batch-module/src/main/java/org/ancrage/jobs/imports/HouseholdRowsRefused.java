package org.ancrage.jobs.imports;

import org.ancrage.imports.HouseholdDraft;

/** A household of the file that cannot be imported: skipped, its rows and reasons reported. */
public class HouseholdRowsRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient HouseholdDraft draft;

    public HouseholdRowsRefused(HouseholdDraft draft) {
        super(draft.errors().size() + " error(s) on rows " + draft.rowNumbers());
        this.draft = draft;
    }

    public HouseholdDraft draft() {
        return draft;
    }
}
