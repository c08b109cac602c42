package org.ancrage.reminders;

/**
 * A measure whose deadlines cannot be computed (an open measure without any period, a programme
 * that no longer exists): the reminders job skips it and reports it, and goes on with the others.
 */
public class UnwatchableMeasure extends RuntimeException {

    private final long measureId;

    public UnwatchableMeasure(long measureId, String reason) {
        super("Measure " + measureId + ": " + reason);
        this.measureId = measureId;
    }

    public long measureId() {
        return measureId;
    }
}
