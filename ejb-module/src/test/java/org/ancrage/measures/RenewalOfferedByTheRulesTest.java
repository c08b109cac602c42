package org.ancrage.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.ancrage.programmes.ProgrammeTemplates;
import org.junit.jupiter.api.Test;

/**
 * A renewal is offered (the console's « Renouveler ») exactly while the programme's rules allow one:
 * a next period planned within the maximum; whatever the person renewing can still bring (the bilan,
 * a derogation) does not withdraw the offer.
 */
class RenewalOfferedByTheRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void offeredWhileTheProgrammePlansANextPeriodAndNoLongerOnceItsStepsAreUsed() {
        Measure measure = Measure.open(1L, ProgrammeTemplates.alsaImlSublease(), 10L, 100L, START);
        assertTrue(measure.isRenewable(), "a first renewal of 6 months, the bilan still to write");
        Bilans.evaluateThenRenew(measure, null);
        assertTrue(measure.isRenewable(), "the last 6 months, by derogation: the renewal asks for it");
        Bilans.evaluateThenRenew(measure, new Derogation("DDETSPP", LocalDate.of(2026, 12, 15), "DER-2026-15"));
        assertFalse(measure.isRenewable(), "18 months: no further period planned");
        measure.evaluate(Bilans.proposing(Decision.RENEW, LocalDate.of(2027, 6, 1)));
        assertEquals("measure.renewal.noneLeft", assertThrows(RenewalRefused.class, measure::renew).messageKey(),
                "the rules refuse what is not offered");
    }

    @Test
    void notOfferedByAProgrammeWithoutRenewalNorForAPeriodWithoutEndNorOnceEnded() {
        assertFalse(Measure.open(1L, ProgrammeTemplates.aslManagementMandate(), 10L, 100L, START).isRenewable(),
                "12 months, no renewal");
        assertFalse(Measure.open(1L, ProgrammeTemplates.aslCafSimple(), 10L, 100L, START).isRenewable(),
                "no length set: nothing to renew");
        Measure ended = Measure.open(1L, ProgrammeTemplates.udaf55Asll(), 10L, 100L, START);
        assertTrue(ended.isRenewable());
        ended.end(START.plusMonths(2), EndReason.OBJECTIVES_REACHED, HousingOutcome.STAYED_IN_DWELLING);
        assertFalse(ended.isRenewable());
    }
}
