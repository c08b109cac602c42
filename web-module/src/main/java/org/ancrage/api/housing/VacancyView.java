package org.ancrage.api.housing;

import java.time.LocalDate;

public record VacancyView(long programmeId, LocalDate from, LocalDate to, long vacantPlaceDays) {
}
