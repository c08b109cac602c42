package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.ancrage.money.Money;
import org.junit.jupiter.api.Test;

class ReminderLevelTest {

    private static Arrears owing(ArrearsAge oldest, ArrearsAge... younger) {
        Map<ArrearsAge, Money> byAge = new java.util.EnumMap<>(ArrearsAge.class);
        byAge.put(oldest, Money.of("330.00"));
        for (ArrearsAge age : younger) {
            byAge.put(age, Money.of("330.00"));
        }
        return new Arrears(LocalDate.of(2026, 12, 3), Money.of("330.00").times(1 + younger.length), byAge,
                LocalDate.of(2026, 9, 1));
    }

    @Test
    void theOldestDebtSetsHowFirmTheReminderIs() {
        assertEquals(ReminderLevel.FIRST, ReminderLevel.of(owing(ArrearsAge.UP_TO_30_DAYS)));
        assertEquals(ReminderLevel.SECOND, ReminderLevel.of(owing(ArrearsAge.DAYS_31_TO_60, ArrearsAge.UP_TO_30_DAYS)));
        assertEquals(ReminderLevel.LAST, ReminderLevel.of(owing(ArrearsAge.DAYS_61_TO_90)));
        assertEquals(ReminderLevel.LAST, ReminderLevel.of(owing(ArrearsAge.OVER_90_DAYS, ArrearsAge.UP_TO_30_DAYS)));
    }
}
