package org.ancrage.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.ancrage.programmes.ProgrammeTemplates;
import org.junit.jupiter.api.Test;

class SupportContractAndSuspensionTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    private Measure measure() {
        return Measure.open(1L, ProgrammeTemplates.asldImlClassique(), 10L, 100L, START);
    }

    @Test
    void aContractNeedsAnObjectiveAndRecordsProgress() {
        Measure measure = measure();
        assertEquals("measure.contract.noObjective",
                assertThrows(MeasureRefused.class, () -> measure.signContract(START)).messageKey());
        measure.addObjective(ObjectiveDomain.BUDGET, "Apurer la dette de loyer");
        measure.addObjective(ObjectiveDomain.HOUSING_APPROPRIATION, "Entretenir le logement");
        measure.signContract(START.plusDays(3));
        measure.recordProgress(0, Progress.REACHED, START.plusMonths(3));

        assertEquals(START.plusDays(3), measure.getContractSignedOn());
        assertEquals(Progress.REACHED, measure.getObjectives().get(0).getProgress());
        assertEquals(Progress.NOT_STARTED, measure.getObjectives().get(1).getProgress());
        assertEquals("measure.objective.unknown", assertThrows(MeasureRefused.class,
                () -> measure.recordProgress(5, Progress.REACHED, START)).messageKey());
        assertEquals("measure.contract.alreadySigned",
                assertThrows(MeasureRefused.class, () -> measure.signContract(START.plusDays(9))).messageKey());
        assertEquals(START.plusDays(3), measure.getContractSignedOn(), "the first signing stands");
    }

    @Test
    void suspensionsKeepTheirDatesAndDoNotOverlap() {
        Measure measure = measure();
        measure.suspend(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20), "Hospitalisation");
        assertEquals("measure.suspension.overlap", assertThrows(MeasureRefused.class,
                () -> measure.suspend(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 1), "Absence")).messageKey());
        assertEquals("measure.suspension.dates", assertThrows(MeasureRefused.class,
                () -> measure.suspend(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 1), null)).messageKey());
        assertEquals(LocalDate.of(2026, 5, 20), measure.getSuspensions().get(0).getTo());
    }

    @Test
    void aChangeOfReferentIsKeptInTheHistory() {
        Measure measure = measure();
        measure.changeReferent(LocalDate.of(2026, 6, 1), 11L, 101L);
        assertEquals(2, measure.getReferents().size());
        assertEquals(11L, measure.getReferentWorkerId());
        assertEquals(101L, measure.getServiceUnitId());
        assertEquals("measure.referent.beforeLastChange", assertThrows(MeasureRefused.class,
                () -> measure.changeReferent(LocalDate.of(2026, 5, 1), 12L, 101L)).messageKey());
    }
}
