package org.ancrage.rent;

import java.time.LocalDate;

/**
 * The debt statement (décompte) of an occupancy's rent account at a date, as generated: every call,
 * payment and entry dated by then with the running balance, what is owed and since when, by age. It
 * goes with an FSL request, a repayment plan or a report to the CAF; its file name and PDF bytes.
 */
public record DebtStatement(long occupancyId, LocalDate asOf, String fileName, byte[] pdf) {

    static String fileName(LocalDate asOf) {
        return "decompte-" + asOf + ".pdf";
    }
}
