package org.ancrage.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Instants (audit entries, job executions) as staff read them: date and time in the association's
 * time zone ({@code ancrage.timezone}, read by {@link org.ancrage.system.ReaderFormats}).
 * {@code f:convertDateTime} has no instant type in Faces 4.0.
 */
@Named
@ApplicationScoped
public class DateDisplay {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(org.ancrage.system.ReaderFormats.zone());

    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
