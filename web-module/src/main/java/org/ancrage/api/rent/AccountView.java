package org.ancrage.api.rent;

import java.math.BigDecimal;
import java.util.List;

public record AccountView(long occupancyId, BigDecimal balance, ArrearsView arrears, List<LineView> statement) {
}
