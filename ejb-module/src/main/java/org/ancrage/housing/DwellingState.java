package org.ancrage.housing;

/**
 * Where a dwelling stands in the association's stock. It leaves the stock when given back to its
 * landlord or when the lease passed to the household without a mandate to keep managing it.
 */
public enum DwellingState {
    AVAILABLE, OCCUPIED, IN_WORKS, RETURNED_TO_LANDLORD, LEFT_STOCK;

    public boolean inStock() {
        return this != RETURNED_TO_LANDLORD && this != LEFT_STOCK;
    }
}
