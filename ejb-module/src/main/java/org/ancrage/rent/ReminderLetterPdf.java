package org.ancrage.rent;

import static org.ancrage.system.PaperText.date;
import static org.ancrage.system.PaperText.text;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ancrage.organisation.Issuer;
import org.ancrage.organisation.Letter;
import org.ancrage.organisation.LetterKind;
import org.ancrage.organisation.LetterText;
import org.ancrage.system.PaperText;

/**
 * The rent reminder (relance) to a household in arrears, as firm as its oldest debt is old
 * ({@link ReminderLevel}), written from the association's text of that level ({@link LetterText}), then
 * the months not paid with what is left of each. Table headings: {@code reminder.*}.
 */
public final class ReminderLetterPdf {

    /** What the letter says: to whom, for which dwelling, what is owed on the day and the months unpaid. */
    public record Facts(Issuer issuer, String household, String dwellingAddress, Arrears arrears,
            List<CallSettlement> unpaid, LocalDate madeOn) {
    }

    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font STRONG = new Font(Font.HELVETICA, 10, Font.BOLD);

    private ReminderLetterPdf() {
    }

    /** The letter of the reminder's level (first, second, last). */
    static LetterKind kindOf(Arrears arrears) {
        return LetterKind.valueOf("REMINDER_" + ReminderLevel.of(arrears).name());
    }

    /** The reminder written from {@code text}, the association's text of its level in the reader's language. */
    public static byte[] render(Facts facts, LetterText text, Locale locale) {
        Locale language = PaperText.language(locale);
        PdfPTable months = new PdfPTable(new float[] {2.2f, 1, 1, 1});
        months.setWidthPercentage(100);
        months.setSpacingBefore(12);
        for (String heading : new String[] {"reminder.month", "reminder.due", "reminder.paid", "reminder.left"}) {
            months.addCell(cell(text(heading, language), STRONG, !"reminder.month".equals(heading)));
        }
        for (CallSettlement month : facts.unpaid()) {
            months.addCell(cell(RentPapersPdf.month(month.month(), language), TEXT, false));
            months.addCell(cell(RentPapersPdf.money(month.call().getAmountDue(), language), TEXT, true));
            months.addCell(cell(RentPapersPdf.money(month.paid(), language), TEXT, true));
            months.addCell(cell(RentPapersPdf.money(month.remaining(), language), TEXT, true));
        }
        LetterText.Written written = text.write(Map.of("household", facts.household(), "dwelling",
                facts.dwellingAddress(), "on", date(facts.madeOn(), language), "owed",
                RentPapersPdf.money(facts.arrears().total(), language), "unpaidSince",
                date(facts.arrears().oldestUnpaidSince(), language)));
        List<Element> body = new ArrayList<>(Letter.paragraphs(written.paragraphs()));
        body.add(months);
        return new Letter(facts.issuer(), facts.household(), facts.dwellingAddress(), facts.madeOn(),
                written.subject()).render(language, body);
    }

    private static PdfPCell cell(String text, Font font, boolean amount) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
        if (amount) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    /** "relance-2026-12-03.pdf". */
    static String fileName(LocalDate on) {
        return "relance-" + on + ".pdf";
    }
}
