package org.ancrage.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void arithmeticIsExactToTheCent() {
        Money sum = Money.of("0.10").plus(Money.of("0.20"));
        assertEquals(Money.of("0.30"), sum);
        assertEquals(new BigDecimal("0.30"), sum.amount());
    }

    @Test
    void moreThanTwoDecimalsIsRefused() {
        assertThrows(ArithmeticException.class, () -> Money.of("1.005"));
    }

    @Test
    void equalityIgnoresScale() {
        assertEquals(Money.of("12"), Money.of("12.00"));
        assertEquals(Money.of("12").hashCode(), Money.of("12.00").hashCode());
        assertTrue(Money.of("-1").isNegative());
    }
}
