package org.ancrage.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which programmes an activity report shows: by funder, by choice, and with activity unless asked. */
class ReportChoiceTest {

    private static Indicators followed(long programmeId, long households) {
        return new Indicators(programmeId, null, 2026, households, households, 0, 0, 0, 10, households * 3,
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), BigDecimal.ZERO);
    }

    @Test
    void aProgrammeWithoutActivityIsLeftOutUnlessAskedFor() {
        Indicators idle = followed(1, 0);
        assertFalse(ReportChoice.of(2026).shows(idle, null));
        assertTrue(new ReportChoice(2026, null, null, Set.of(), true).shows(idle, null));
        assertTrue(ReportChoice.of(2026).shows(followed(2, 1), null));
    }

    @Test
    void aFundersSmallMaskedCountIsActivity() {
        Indicators masked = followed(3, 2).maskedForFunders();
        assertTrue(masked.isMasked("householdsFollowed"));
        assertTrue(masked.hasActivity(), "1 to 4 households, masked, are still some");
    }

    @Test
    void aReportKeepsTheFundersAndTheChosenProgrammes() {
        ReportChoice chosen = new ReportChoice(2026, null, null, Set.of(4L), false);
        assertTrue(chosen.shows(followed(4, 7), null));
        assertFalse(chosen.shows(followed(5, 7), null));
        assertTrue(ReportChoice.of(2026).shows(followed(6, 7), Set.of(6L, 9L)));
        assertFalse(ReportChoice.of(2026).shows(followed(7, 7), Set.of(6L, 9L)), "another funder's programme");
    }
}
