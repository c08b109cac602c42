package org.ancrage.housing;

/** How an occupancy ended. */
public enum OccupancyEnd {
    LEFT, LEASE_TRANSFER
}
