package org.ancrage.contacts;

/**
 * Where a contact stands: an appointment still to come (PLANNED), one that took place (DONE), one
 * the household missed (MISSED), or one cancelled by its author (kept, shown as cancelled). Only
 * DONE contacts count for the cadence and the statistics.
 */
public enum ContactStatus {
    PLANNED, DONE, MISSED, CANCELLED
}
