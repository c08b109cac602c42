package org.ancrage.measures;

/** Where a measure stands. */
public enum MeasureStatus {
    OPEN, ENDED
}
