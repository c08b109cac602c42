package org.ancrage.programmes;

/** How a worker met or reached the household. */
public enum ContactType {
    HOME_VISIT, OFFICE_APPOINTMENT, PHONE_CALL, ACCOMPANIMENT, COLLECTIVE_ACTION, MISSED_APPOINTMENT
}
