package org.ancrage.rent;

/**
 * The papers of a month's rent: the call notice (avis d'échéance), the rent receipt (quittance de
 * loyer) of a month fully paid, and the receipt (reçu) for what was paid of a month partly paid —
 * never a quittance, which would say the month is settled (law of 6 July 1989, art. 21).
 */
public enum RentPaperKind {
    NOTICE, QUITTANCE, PARTIAL_RECEIPT;

    /** The name the file is saved under, with the month: {@code quittance-2026-03.pdf}. */
    public String fileName(java.time.YearMonth month) {
        String stem = switch (this) {
            case NOTICE -> "avis-echeance";
            case QUITTANCE -> "quittance";
            case PARTIAL_RECEIPT -> "recu";
        };
        return stem + "-" + month + ".pdf";
    }
}
