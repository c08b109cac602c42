package org.ancrage.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ancrage.programmes.ContactCadence;

/**
 * Where a measure stands against its programme's cadence on a day: the contacts that count in
 * the last window of {@code perDays} days, when the next one is due, and whether it is late.
 * A measure younger than one window is never late.
 */
public record CadenceStatus(int countedInWindow, int required, LocalDate nextDue, boolean late) {

    /** No cadence set by the programme: nothing is ever due. */
    public static final CadenceStatus NONE = new CadenceStatus(0, 0, null, false);

    public static CadenceStatus of(ContactCadence cadence, LocalDate measureStart, List<Contact> contacts,
            LocalDate today) {
        if (!cadence.isSet()) {
            return NONE;
        }
        LocalDate windowStart = today.minusDays(cadence.perDays() - 1L);
        List<LocalDate> counted = contacts.stream()
                .filter(c -> c.getStatus() == ContactStatus.DONE)
                .filter(c -> cadence.counts(c.getType()))
                .map(c -> c.getOccurredAt().toLocalDate())
                .filter(d -> !d.isAfter(today))
                .sorted()
                .toList();
        int inWindow = (int) counted.stream().filter(d -> !d.isBefore(windowStart)).count();
        // Contacts are due evenly: every perDays / contacts days after the last one (or the start).
        long spacing = Math.max(1, cadence.perDays() / cadence.contacts());
        LocalDate last = counted.isEmpty() ? measureStart : counted.get(counted.size() - 1);
        LocalDate nextDue = last.plusDays(spacing);
        boolean windowElapsed = !measureStart.isAfter(windowStart);
        boolean late = windowElapsed && inWindow < cadence.contacts();
        return new CadenceStatus(inWindow, cadence.contacts(), nextDue, late);
    }

    public Optional<LocalDate> nextDueDate() {
        return Optional.ofNullable(nextDue);
    }
}
