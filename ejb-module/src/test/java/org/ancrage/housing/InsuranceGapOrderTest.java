package org.ancrage.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ancrage.housing.InsuranceService.InsuranceGap;
import org.junit.jupiter.api.Test;

/**
 * The insurance gaps' order keeps the comparator's contract: the earlier one said "less" for two
 * households never insured, both ways round, and the list sort threw "Comparison method violates
 * its general contract" on some lists.
 */
class InsuranceGapOrderTest {

    @Test
    void twoHouseholdsNeverInsuredCompareEqual() {
        assertEquals(0, InsuranceGap.SOONEST_FIRST.compare(new InsuranceGap(null, null), new InsuranceGap(null, null)));
    }

    @Test
    void anyMixOfDatesAndNeverInsuredSortsNeverInsuredFirstThenSoonest() {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            List<InsuranceGap> gaps = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                gaps.add(new InsuranceGap(null, random.nextInt(3) == 0 ? null
                        : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(30))));
            }
            Collections.shuffle(gaps, random);
            gaps.sort(InsuranceGap.SOONEST_FIRST);
            boolean datesStarted = false;
            for (int i = 0; i < gaps.size(); i++) {
                if (gaps.get(i).lastExpiry() != null) {
                    datesStarted = true;
                    assertTrue(i == 0 || gaps.get(i - 1).lastExpiry() == null
                            || !gaps.get(i - 1).lastExpiry().isAfter(gaps.get(i).lastExpiry()));
                } else {
                    assertTrue(!datesStarted, "a household never insured after a dated one");
                }
            }
        }
    }
}
