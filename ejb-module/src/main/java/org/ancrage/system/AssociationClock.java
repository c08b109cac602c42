package org.ancrage.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The association's local time: the zone set in the domain (system property
 * {@code ancrage.timezone}), Europe/Paris by default, whatever the server's own zone (often UTC).
 * A contact's date, "today" for a worker, are said in it.
 */
public final class AssociationClock {

    public static final String ZONE_PROPERTY = "ancrage.timezone";
    private static final String DEFAULT_ZONE = "Europe/Paris";

    private AssociationClock() {
    }

    public static ZoneId zone() {
        String configured = System.getProperty(ZONE_PROPERTY);
        try {
            return ZoneId.of(configured == null || configured.isBlank() ? DEFAULT_ZONE : configured.strip());
        } catch (java.time.DateTimeException e) {
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    /** Now, to the minute, in the association's zone. */
    public static LocalDateTime now() {
        return LocalDateTime.now(zone()).withSecond(0).withNano(0);
    }

    public static LocalDate today() {
        return LocalDate.now(zone());
    }
}
