package org.ancrage.api.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.ancrage.rent.Arrears;

public record ArrearsView(LocalDate asOf, BigDecimal total, Map<String, BigDecimal> byAge,
        LocalDate oldestUnpaidSince) {
    static ArrearsView of(Arrears a) {
        Map<String, BigDecimal> byAge = new TreeMap<>();
        a.byAge().forEach((age, amount) -> byAge.put(age.name(), amount.amount()));
        return new ArrearsView(a.asOf(), a.total().amount(), byAge, a.oldestUnpaidSince());
    }
}
