package org.ancrage.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.ancrage.housing.Occupancy;
import org.ancrage.housing.Placements;
import org.ancrage.money.Money;
import org.ancrage.organisation.Issuer;
import org.junit.jupiter.api.Test;

/**
 * Which paper a month may have, from what the account's credits settle of it (oldest first), and
 * what the PDF says: calls of 150.00 (400.00 + 50.00 less 300.00 of benefit) from January 2026.
 */
class RentPapersTest {

    private static final Occupancy OCCUPANCY = Placements.subLease(LocalDate.of(2026, 1, 1), "400.00", "50.00",
            "300.00");

    private static List<RentCall> calls(int months) {
        return java.util.stream.IntStream.rangeClosed(1, months)
                .mapToObj(m -> RentCall.issue(OCCUPANCY, YearMonth.of(2026, m), Instant.EPOCH)).toList();
    }

    private static Payment paid(String amount, LocalDate on) {
        return new Payment(1L, 10L, on, Money.of(amount), Payer.HOUSEHOLD, null, null, Instant.EPOCH);
    }

    @Test
    void creditsSettleTheOldestMonthsFirstWhenEverTheyCame() {
        // 200.00 paid in March: January settled, February 50.00 of 150.00, March nothing
        List<CallSettlement> settled = new RentAccount(calls(3), List.of(paid("200.00", LocalDate.of(2026, 3, 5))))
                .settlements();
        assertEquals(Money.of("150.00"), settled.get(0).paid());
        assertEquals(RentPaperKind.QUITTANCE, settled.get(0).receipt());
        assertEquals(Money.of("50.00"), settled.get(1).paid());
        assertEquals(Money.of("100.00"), settled.get(1).remaining());
        assertEquals(RentPaperKind.PARTIAL_RECEIPT, settled.get(1).receipt());
        assertTrue(settled.get(2).paid().isZero());
        assertEquals("rent.receipt.unpaid", assertThrows(RentRefused.class, () -> settled.get(2).receipt())
                .messageKey());
    }

    @Test
    void aPartlyPaidMonthHasAReceiptNeverAQuittanceAndAPaidOneItsQuittance() {
        List<CallSettlement> settled = new RentAccount(calls(2), List.of(paid("200.00", LocalDate.of(2026, 2, 5))))
                .settlements();
        assertEquals("rent.quittance.partlyPaid", assertThrows(RentRefused.class,
                () -> settled.get(1).allows(RentPaperKind.QUITTANCE)).messageKey());
        settled.get(1).allows(RentPaperKind.PARTIAL_RECEIPT);
        assertEquals("rent.receipt.fullyPaid", assertThrows(RentRefused.class,
                () -> settled.get(0).allows(RentPaperKind.PARTIAL_RECEIPT)).messageKey());
        settled.get(0).allows(RentPaperKind.QUITTANCE);
        settled.get(1).allows(RentPaperKind.NOTICE);
    }

    @Test
    void aWriteOffPaysNothingAndARefundOfChargesDoes() {
        AccountEntry refund = AccountEntry.chargesRegularisation(1L, 10L, 2025, LocalDate.of(2026, 1, 15),
                Money.of("-150.00"), "Eau", "gestion", Instant.EPOCH);
        List<CallSettlement> settled = new RentAccount(calls(2), List.of(), List.of(refund)).settlements();
        assertTrue(settled.get(0).fullyPaid());
        assertFalse(settled.get(1).fullyPaid());
    }

    @Test
    void theQuittanceStatesRentAndChargesApartInTheReadersFormat() throws Exception {
        CallSettlement march = new RentAccount(calls(3), List.of(paid("450.00", LocalDate.of(2026, 3, 2))))
                .settlements().get(2);
        String text = text(RentPapersPdf.render(RentPaperKind.QUITTANCE, new RentPapersPdf.Facts(Issuer.named("Association Test"),
                "MARTIN Awa", "4 rue du Four, 55000 Bar-le-Duc", march, LocalDate.of(2026, 3, 3)), Locale.FRENCH));
        for (String expected : List.of("Association Test", "Quittance de loyer", "mars 2026", "MARTIN Awa",
                "4 rue du Four, 55000 Bar-le-Duc", "400,00 €", "50,00 €", "450,00 €", "-300,00 €", "150,00 €")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        String english = text(RentPapersPdf.render(RentPaperKind.PARTIAL_RECEIPT, new RentPapersPdf.Facts(Issuer.named("Asso"),
                "MARTIN Awa", "4 rue du Four", new CallSettlement(march.call(), Money.of("20.00")),
                LocalDate.of(2026, 3, 3)), Locale.ENGLISH));
        assertTrue(english.contains("Receipt for a partial payment — March 2026"), english);
        assertTrue(english.contains("€20.00") && english.contains("€130.00"), english);
    }

    /** The text of every page, spaces of any kind (and the extractor's doubled ones) as one plain space. */
    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        return text.toString().replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("[ \\t]+", " ");
    }
}
