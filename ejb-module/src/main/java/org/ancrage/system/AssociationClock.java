package org.ancrage.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The association's clock, the one source of "today" and "now" in the application (an ArchUnit
 * test refuses {@code now()} of {@code java.time} anywhere else). Its time zone is the one set in
 * the domain (system property {@code ancrage.timezone}), Europe/Paris by default, whatever the
 * server's own zone (often UTC): a contact's date, "today" for a worker, are said in it.
 * <p>
 * A test sets the date with {@link #setTo(Instant)} (the clock then runs on from there) and puts
 * it back by closing what that returns; the application never sets it.
 */
public final class AssociationClock {

    public static final String ZONE_PROPERTY = "ancrage.timezone";
    private static final String DEFAULT_ZONE = "Europe/Paris";

    /** How far a test moved the clock from the system's; zero in production. */
    private static volatile Duration shift = Duration.ZERO;

    /** Puts the clock back where it was; closing twice does no harm. */
    public interface Setting extends AutoCloseable {
        @Override
        void close();
    }

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

    /** The clock itself, in the association's zone, for code that takes a {@link Clock}. */
    public static Clock clock() {
        Clock system = Clock.system(zone());
        Duration by = shift;
        return by.isZero() ? system : Clock.offset(system, by);
    }

    /** This instant (a record's time stamp). */
    public static Instant instant() {
        return clock().instant();
    }

    /** Now, to the minute, in the association's zone. */
    public static LocalDateTime now() {
        return LocalDateTime.now(clock()).withSecond(0).withNano(0);
    }

    public static LocalDate today() {
        return LocalDate.now(clock());
    }

    /** The month today falls in. */
    public static YearMonth thisMonth() {
        return YearMonth.now(clock());
    }

    /** The year today falls in. */
    public static int thisYear() {
        return Year.now(clock()).getValue();
    }

    /**
     * For tests: the clock reads {@code instant} from now on and runs on from there, until the
     * returned setting is closed.
     */
    public static Setting setTo(Instant instant) {
        Duration before = shift;
        shift = Duration.between(Clock.systemUTC().instant(), instant);
        return () -> shift = before;
    }
}
