package org.ancrage.reminders;

/** The deadlines the system watches, each with how long before it the referent is told. */
public enum AlertKind {
    EVALUATION_DUE(14),
    PERIOD_ENDING(30),
    MAXIMUM_DURATION(60),
    CONTACT_LATE(0),
    FOLLOW_UP_DUE(14),
    INSURANCE_EXPIRING(30),
    /** A diagnostic's report to the requesting body (DALO commission, CCAPEX…). */
    DIAGNOSTIC_REPORT_DUE(14);

    private final int noticeDays;

    AlertKind(int noticeDays) {
        this.noticeDays = noticeDays;
    }

    /** Days before the deadline at which the alert is raised. */
    public int noticeDays() {
        return noticeDays;
    }
}
