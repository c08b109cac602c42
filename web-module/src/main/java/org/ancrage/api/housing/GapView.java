package org.ancrage.api.housing;

import java.time.LocalDate;

public record GapView(Long occupancyId, Long householdId, Long dwellingId, LocalDate lastExpiry) {
}
