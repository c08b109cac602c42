package org.ancrage.housing;

/**
 * An occupancy has just ended — the household left, or the lease passed to it — fired in the
 * transaction that ends it, so that what follows from it (the rent account) happens with it or not
 * at all. The occupancy's end is its first day no longer occupied.
 */
public record OccupancyEnded(long occupancyId) {
}
