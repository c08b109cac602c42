package org.ancrage.api.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.rent.RentAccount;

public record LineView(LocalDate date, String label, BigDecimal debit, BigDecimal credit, BigDecimal balance) {
    static LineView of(RentAccount.Line l) {
        return new LineView(l.date(), l.label(), l.debit().amount(), l.credit().amount(), l.balance().amount());
    }
}
