package org.ancrage.reporting;

import java.io.Serializable;

/**
 * Today's activity of one service in one programme, for the director's home page: measures open now,
 * entries and ends since the first of January, and contacts of the last thirty days.
 */
public record ServiceFigures(long serviceUnitId, String serviceUnit, long programmeId, String programme,
        long openMeasures, long entries, long ends, long recentContacts) implements Serializable {
}
