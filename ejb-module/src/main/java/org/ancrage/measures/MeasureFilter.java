package org.ancrage.measures;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a measure list is narrowed to; every criterion may be null. {@code name} is the start of a
 * member's last or first name, {@code periodEndingBy} keeps the open measures whose current period
 * ends on or before that day (the coordinator's "periods ending" view).
 */
public record MeasureFilter(String name, Long programmeId, MeasureStatus status, Long serviceUnitId,
        Long referentWorkerId, LocalDate periodEndingBy) implements Serializable {

    public static final MeasureFilter ANY = new MeasureFilter(null, null, null, null, null, null);
}
