package org.ancrage.api.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.rent.InstalmentStatus;

public record InstalmentView(int number, LocalDate dueDate, BigDecimal amount, InstalmentStatus status) {
}
