package org.ancrage.rent;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ancrage.money.Money;
import org.ancrage.organisation.Issuer;
import org.ancrage.system.PaperText;
import org.ancrage.system.ReaderFormats;

/**
 * A month's rent paper as PDF, in the reader's language (French by default): the call notice, the
 * quittance of a month fully paid (rent and charges stated apart), the receipt for the amount paid
 * of a month partly paid, which says it is no quittance. Texts from the bundle
 * {@code org/ancrage/rent-papers*.properties}; which paper a month may have is not decided here
 * ({@link CallSettlement}).
 */
public final class RentPapersPdf {

    /** What a paper says: who hands it out, to whom, for which dwelling and month, and what was paid of it. */
    public record Facts(Issuer association, String household, String dwellingAddress, CallSettlement settlement,
            LocalDate madeOn) {
    }

    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font STRONG = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    private RentPapersPdf() {
    }

    /** Papers bound in one PDF, one after the other, to print at once. */
    static byte[] bind(List<byte[]> papers) {
        ByteArrayOutputStream bound = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfCopy copy = new PdfCopy(document, bound);
            document.open();
            for (byte[] paper : papers) {
                PdfReader reader = new PdfReader(paper);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    copy.addPage(copy.getImportedPage(reader, page));
                }
                copy.freeReader(reader);
                reader.close();
            }
            document.close();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Cannot bind the papers", e);
        }
        return bound.toByteArray();
    }

    public static byte[] render(RentPaperKind kind, Facts facts, Locale locale) {
        String prefix = "papers." + switch (kind) {
            case NOTICE -> "notice";
            case QUITTANCE -> "quittance";
            case PARTIAL_RECEIPT -> "receipt";
        };
        RentCall call = facts.settlement().call();
        String month = month(call.getMonth(), locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, pdf);
            heading(document, facts.association(), text(prefix + ".title", locale, month));

            PdfPTable parties = table(1, 2.6f);
            row(parties, text("papers.household", locale), facts.household(), TEXT);
            row(parties, text("papers.dwelling", locale), facts.dwellingAddress(), TEXT);
            row(parties, text("papers.period", locale), call.isProrated()
                    ? text("papers.period.prorated", locale, month, call.getDaysCalled(), call.getDaysInMonth())
                    : month, TEXT);
            if (kind == RentPaperKind.NOTICE) {
                row(parties, text("papers.dueDate", locale), date(call.getDueDate(), locale), STRONG);
            }
            document.add(parties);

            if (kind == RentPaperKind.PARTIAL_RECEIPT) {
                document.add(statement(text("papers.receipt.statement", locale, facts.association().name(),
                        facts.household(), money(facts.settlement().paid(), locale), month)));
            } else if (kind == RentPaperKind.QUITTANCE) {
                document.add(statement(text("papers.quittance.statement", locale, facts.association().name(),
                        facts.household(), money(call.getRent().plus(call.getCharges()), locale), month,
                        facts.dwellingAddress())));
            }

            PdfPTable amounts = table(2.6f, 1);
            amounts.setSpacingBefore(14);
            amount(amounts, text("papers.rent", locale), money(call.getRent(), locale), TEXT);
            amount(amounts, text("papers.charges", locale), money(call.getCharges(), locale), TEXT);
            amount(amounts, text("papers.total", locale), money(call.getRent().plus(call.getCharges()), locale), STRONG);
            if (call.getHousingBenefit().isPositive()) {
                amount(amounts, text("papers.housingBenefit", locale), money(call.getHousingBenefit().negate(), locale),
                        TEXT);
            }
            switch (kind) {
                case NOTICE -> amount(amounts, text("papers.amountDue", locale), money(call.getAmountDue(), locale),
                        STRONG);
                case QUITTANCE -> amount(amounts, text("papers.paidByHousehold", locale),
                        money(call.getAmountDue(), locale), STRONG);
                case PARTIAL_RECEIPT -> {
                    amount(amounts, text("papers.amountDue", locale), money(call.getAmountDue(), locale), TEXT);
                    amount(amounts, text("papers.amountPaid", locale), money(facts.settlement().paid(), locale), STRONG);
                    amount(amounts, text("papers.remaining", locale), money(facts.settlement().remaining(), locale),
                            STRONG);
                }
            }
            document.add(amounts);

            if (kind == RentPaperKind.NOTICE) {
                document.add(statement(text("papers.notice.payBy", locale, money(call.getAmountDue(), locale),
                        date(call.getDueDate(), locale))));
            } else if (kind == RentPaperKind.PARTIAL_RECEIPT) {
                Paragraph notQuittance = new Paragraph(text("papers.receipt.notAQuittance", locale), STRONG);
                notQuittance.setSpacingBefore(12);
                document.add(notQuittance);
            }
            document.add(madeOn(facts.madeOn(), facts.association(), locale));
            if (kind != RentPaperKind.NOTICE) {
                Paragraph law = new Paragraph(text("papers.law", locale), SMALL);
                law.setSpacingBefore(30);
                document.add(law);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Rendering the rent paper failed", e);
        }
        return pdf.toByteArray();
    }

    /** What a debt statement says: whose account, at which date, its lines by then and what is owed. */
    public record DebtFacts(Issuer association, String household, String dwellingAddress, LocalDate asOf,
            List<RentAccount.Line> lines, Arrears arrears, LocalDate madeOn) {
    }

    /**
     * The debt statement at a date: the calls, payments and entries dated by then with the running
     * balance, the balance owed, since when and by age.
     */
    public static byte[] renderDebtStatement(DebtFacts facts, Locale locale) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, pdf);
            heading(document, facts.association(), text("papers.debt.title", locale, date(facts.asOf(), locale)));
            PdfPTable parties = table(1, 2.6f);
            row(parties, text("papers.household", locale), facts.household(), TEXT);
            row(parties, text("papers.dwelling", locale), facts.dwellingAddress(), TEXT);
            document.add(parties);

            document.add(lines(facts.lines(), locale));

            Money balance = facts.lines().isEmpty() ? Money.ZERO : facts.lines().get(facts.lines().size() - 1).balance();
            PdfPTable owed = table(2.6f, 1);
            owed.setSpacingBefore(14);
            amount(owed, text("papers.debt.balance", locale, date(facts.asOf(), locale)), money(balance, locale),
                    STRONG);
            Arrears arrears = facts.arrears();
            if (arrears.any()) {
                for (ArrearsAge age : ArrearsAge.values()) {
                    if (arrears.of(age).isPositive()) {
                        amount(owed, text("papers.debt.age." + age.name(), locale), money(arrears.of(age), locale),
                                TEXT);
                    }
                }
                row(owed, text("papers.debt.unpaidSince", locale), date(arrears.oldestUnpaidSince(), locale), TEXT);
            }
            document.add(owed);
            document.add(madeOn(facts.madeOn(), facts.association(), locale));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Rendering the debt statement failed", e);
        }
        return pdf.toByteArray();
    }

    /** Opens the document under {@code title}: the association as the issuer, then the title. */
    private static void heading(Document document, Issuer association, String title) {
        association.opens(document, title);
    }

    /** What a final settlement says: the account to its last entry, the deposit, and who owes what. */
    public record SettlementFacts(Issuer association, String household, String dwellingAddress, LocalDate leftOn,
            List<RentAccount.Line> lines, Money balance, Optional<DepositService.DepositView> deposit, Money net,
            LocalDate madeOn) {
    }

    /**
     * The final settlement (solde de tout compte) at a departure: the rent account's lines, the security
     * deposit — received, each deduction, returned or still to return —, then what the household still
     * owes or is owed.
     */
    public static byte[] renderFinalSettlement(SettlementFacts facts, Locale locale) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, pdf);
            heading(document, facts.association(), text("papers.settlement.title", locale,
                    date(facts.leftOn(), locale)));
            PdfPTable parties = table(1, 2.6f);
            row(parties, text("papers.household", locale), facts.household(), TEXT);
            row(parties, text("papers.dwelling", locale), facts.dwellingAddress(), TEXT);
            row(parties, text("papers.settlement.leftOn", locale), date(facts.leftOn(), locale), TEXT);
            document.add(parties);

            document.add(section(text("papers.settlement.account", locale)));
            document.add(lines(facts.lines(), locale));
            PdfPTable account = table(2.6f, 1);
            amount(account, text("papers.settlement.balance", locale), money(facts.balance(), locale), STRONG);
            document.add(account);

            document.add(section(text("papers.settlement.deposit", locale)));
            PdfPTable deposit = table(2.6f, 1);
            if (facts.deposit().isEmpty()) {
                row(deposit, text("papers.settlement.noDeposit", locale), "", TEXT);
            } else {
                DepositService.DepositView held = facts.deposit().get();
                amount(deposit, text("papers.settlement.received", locale, date(held.deposit().getReceivedOn(), locale)),
                        money(held.deposit().getAmount(), locale), TEXT);
                for (DepositDeduction deduction : held.deductions()) {
                    if (!deduction.isCancellation() && !held.cancelled(deduction)) {
                        amount(deposit, text("papers.settlement.deduction", locale, printable(deduction.getLabel())),
                                money(deduction.getAmount().negate(), locale), TEXT);
                    }
                }
                if (held.deposit().isReturned()) {
                    amount(deposit, text("papers.settlement.returned", locale,
                            date(held.deposit().getReturnedOn(), locale)), money(held.toReturn(), locale), STRONG);
                    if (held.penalty().isPositive()) {
                        amount(deposit, text("papers.settlement.penalty", locale), money(held.penalty(), locale), TEXT);
                    }
                } else {
                    amount(deposit, text("papers.settlement.toReturn", locale), money(held.toReturn(), locale), STRONG);
                }
            }
            document.add(deposit);

            Paragraph net = new Paragraph(facts.net().isPositive()
                    ? text("papers.settlement.householdOwes", locale, money(facts.net(), locale))
                    : facts.net().isNegative()
                            ? text("papers.settlement.householdIsOwed", locale, money(facts.net().negate(), locale))
                            : text("papers.settlement.settled", locale), STRONG);
            net.setSpacingBefore(16);
            document.add(net);
            document.add(madeOn(facts.madeOn(), facts.association(), locale));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Rendering the final settlement failed", e);
        }
        return pdf.toByteArray();
    }

    /** The account's lines as a table: date, label in words, due, received, running balance. */
    private static PdfPTable lines(List<RentAccount.Line> accountLines, Locale locale) {
        PdfPTable lines = table(1.2f, 3.6f, 1.2f, 1.2f, 1.3f);
        lines.setSpacingBefore(14);
        lines.setHeaderRows(1);
        for (String column : List.of("date", "label", "debit", "credit", "balance")) {
            cell(lines, text("papers.debt.column." + column, locale), STRONG, !column.equals("date")
                    && !column.equals("label"));
        }
        for (RentAccount.Line line : accountLines) {
            cell(lines, date(line.date(), locale), TEXT, false);
            cell(lines, lineLabel(line, locale), TEXT, false);
            cell(lines, line.debit().isPositive() ? money(line.debit(), locale) : "", TEXT, true);
            cell(lines, line.credit().isPositive() ? money(line.credit(), locale) : "", TEXT, true);
            cell(lines, money(line.balance(), locale), TEXT, true);
        }
        return lines;
    }

    private static Paragraph section(String title) {
        Paragraph section = new Paragraph(title, STRONG);
        section.setSpacingBefore(16);
        return section;
    }

    /** "Fait le 03/12/2026, pour …", on the right. */
    private static Paragraph madeOn(LocalDate madeOn, Issuer association, Locale locale) {
        Paragraph made = new Paragraph(text("papers.madeOn", locale, date(madeOn, locale), association.name())
                + (association.signatory() == null ? "" : "\n" + association.signatory()), TEXT);
        made.setSpacingBefore(24);
        made.setAlignment(Element.ALIGN_RIGHT);
        return made;
    }

    /** A statement line in words: "Échéance de mars 2026", "Paiement reçu (VIR-JANV)"… */
    private static String lineLabel(RentAccount.Line line, Locale locale) {
        String label = line.kind() == RentAccount.LineKind.CALL
                ? text("papers.debt.line.CALL", locale, month(line.month(), locale))
                : text("papers.debt.line." + line.kind().name(), locale);
        String detail = line.reference() != null ? line.reference() : line.reason();
        return detail == null || detail.isBlank() ? label : label + " (" + printable(detail) + ")";
    }

    private static void cell(PdfPTable table, String value, Font font, boolean amount) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(3);
        cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
        if (amount) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
    }

    private static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        row(table, label, value, font, false);
    }

    private static void amount(PdfPTable table, String label, String value, Font font) {
        row(table, label, value, font, true);
    }

    private static void row(PdfPTable table, String label, String value, Font font, boolean amount) {
        PdfPCell left = new PdfPCell(new Phrase(label, font));
        PdfPCell right = new PdfPCell(new Phrase(value, font));
        left.setPadding(4);
        right.setPadding(4);
        if (amount) {
            right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        left.setBorderColor(java.awt.Color.LIGHT_GRAY);
        right.setBorderColor(java.awt.Color.LIGHT_GRAY);
        table.addCell(left);
        table.addCell(right);
    }

    private static Paragraph statement(String text) {
        Paragraph paragraph = new Paragraph(text, TEXT);
        paragraph.setSpacingBefore(14);
        paragraph.setLeading(14);
        return paragraph;
    }

    /**
     * An amount as the reader writes it, 58,50 € in French; the narrow no-break space Java puts in
     * French numbers is not in the PDF's standard fonts, so it becomes a no-break space.
     */
    static String money(Money amount, Locale locale) {
        return printable(ReaderFormats.money(amount.amount(), locale));
    }

    private static String date(LocalDate date, Locale locale) {
        return ReaderFormats.date(date, locale);
    }

    /** "mars 2026", "March 2026". */
    static String month(YearMonth month, Locale locale) {
        return ReaderFormats.month(month, language(locale));
    }

    private static Locale language(Locale locale) {
        return PaperText.language(locale);
    }

    private static String text(String key, Locale locale, Object... arguments) {
        return PaperText.text(key, locale, arguments);
    }

    private static String printable(String text) {
        return PaperText.printable(text);
    }
}
