package org.ancrage.jobs;

import java.time.LocalDate;
import org.ancrage.system.AssociationClock;
import java.time.ZoneId;

/** The job XML names, and the job parameters they share. */
public final class Jobs {

    public static final String REMINDERS = "deadline-reminders";
    public static final String RENT_CALLS = "rent-calls";
    public static final String RETENTION = "retention";
    public static final String STATISTICS = "statistics";
    public static final String SCHEDULED_DEPARTURES = "scheduled-departures";
    /** Households imported from a prepared file; started by the person who prepared it, never on a schedule. */
    public static final String HOUSEHOLD_IMPORT = "household-import";

    /** The day a job runs for (ISO date); today when absent. */
    public static final String RUN_DATE = "runDate";
    /** The month of the rent calls (ISO year-month); the current month when absent. */
    public static final String MONTH = "month";
    /** The year of the statistics; the current one when absent. */
    public static final String YEAR = "year";
    /** "true" to count what retention would remove without removing it. */
    public static final String DRY_RUN = "dryRun";
    /** The prepared file a household import reads (imports.HouseholdImport). */
    public static final String IMPORT_ID = "importId";
    /** Items per chunk (checkpoint interval). */
    public static final String ITEM_COUNT = "itemCount";

    private Jobs() {
    }

    /** The association's time zone ({@link AssociationClock}): the jobs' schedules and their "today" follow it. */
    public static ZoneId zone() {
        return AssociationClock.zone();
    }

    /** Today at the association. */
    public static LocalDate today() {
        return AssociationClock.today();
    }
}
