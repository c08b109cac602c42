package org.ancrage.measures;

import java.time.LocalDate;

/** Test data: an evaluation as a worker would write it before a renewal. */
final class Bilans {

    private Bilans() {
    }

    static Evaluation proposing(Decision decision, LocalDate on) {
        return new Evaluation(on, null, "Bilan global écrit", "Budget stabilisé", "Appropriation du logement",
                decision);
    }

    static void evaluateThenRenew(Measure measure, Derogation derogation) {
        measure.evaluate(proposing(Decision.RENEW, measure.currentPeriod().getEnd().minusDays(20)));
        measure.renew(derogation);
    }
}
