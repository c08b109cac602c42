package org.ancrage.jobs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/** The job XML names, and the job parameters they share. */
public final class Jobs {

    public static final String REMINDERS = "deadline-reminders";
    public static final String RENT_CALLS = "rent-calls";
    public static final String RETENTION = "retention";
    public static final String STATISTICS = "statistics";

    /** The day a job runs for (ISO date); today when absent. */
    public static final String RUN_DATE = "runDate";
    /** The month of the rent calls (ISO year-month); the current month when absent. */
    public static final String MONTH = "month";
    /** The year of the statistics; the current one when absent. */
    public static final String YEAR = "year";
    /** "true" to count what retention would remove without removing it. */
    public static final String DRY_RUN = "dryRun";
    /** Items per chunk (checkpoint interval). */
    public static final String ITEM_COUNT = "itemCount";

    /** The system property naming the association's time zone (as org.ancrage.system.AssociationClock). */
    public static final String ZONE_PROPERTY = "ancrage.timezone";
    private static final String DEFAULT_ZONE = "Europe/Paris";

    private Jobs() {
    }

    /**
     * The association's time zone, set once in the domain ({@code ancrage.timezone}, Europe/Paris by
     * default), whatever the server's own (often UTC): the jobs' schedules and their "today" follow it.
     */
    public static ZoneId zone() {
        String configured = System.getProperty(ZONE_PROPERTY);
        try {
            return ZoneId.of(configured == null || configured.isBlank() ? DEFAULT_ZONE : configured.strip());
        } catch (DateTimeException e) {
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    /** Today at the association. */
    public static LocalDate today() {
        return LocalDate.now(zone());
    }
}
