package org.ancrage.reminders;

import java.time.LocalDate;

/** One deadline of one measure, as watched on a given day. */
public record Deadline(AlertKind kind, long measureId, long householdId, long serviceUnitId, long referentId,
        LocalDate dueDate) {

    /** Whether the alert is due on {@code today}: within the kind's notice, or past. */
    public boolean isNoticeable(LocalDate today) {
        return !today.isBefore(dueDate.minusDays(kind.noticeDays()));
    }

    /** Past the deadline: the coordinators of the service are told as well. */
    public boolean isLate(LocalDate today) {
        return today.isAfter(dueDate);
    }
}
