package org.ancrage.api.rent;

public record ArrearsLineView(long occupancyId, long householdId, long dwellingId, ArrearsView arrears) {
}
