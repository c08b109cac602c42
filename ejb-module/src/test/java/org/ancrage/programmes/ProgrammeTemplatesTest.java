package org.ancrage.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeTemplatesTest {

    @Test
    void everyProgrammeOfTheSeedsHasATemplateWithItsOwnCode() {
        List<Programme> all = ProgrammeTemplates.all();
        Set<String> codes = new HashSet<>();
        all.forEach(p -> assertTrue(codes.add(p.getCode()), "duplicate " + p.getCode()));
        assertEquals(Set.of("ALSA-IML-SOUS-LOCATION", "ASLD-IML-CLASSIQUE", "ASLD-IML-PLUS", "ASL-IML-MANDAT",
                "ASL-CAF-SIMPLE", "ASL-CAF-RENFORCE", "APAR-AVDL", "APAR-AVDL-DIAGNOSTIC", "APAR-IML", "APAR-ASLL-71",
                "UDAF55-ASLL"), codes);
    }

    @Test
    void asldFinancesOneHundredThirtyTwoClassicPlacesAndTenReinforced() {
        assertEquals(132, ProgrammeTemplates.asldImlClassique().getFinancedCapacity());
        assertEquals(10, ProgrammeTemplates.asldImlPlus().getFinancedCapacity());
    }

    @Test
    void theMaximumIsCountedFromTheStart() {
        assertEquals(java.time.LocalDate.of(2027, 6, 30),
                ProgrammeTemplates.alsaImlSublease().latestEnd(java.time.LocalDate.of(2026, 1, 1)).orElseThrow());
    }
}
