package org.ancrage.referrals;

import static org.ancrage.system.PaperText.date;
import static org.ancrage.system.PaperText.text;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.ancrage.organisation.Issuer;
import org.ancrage.system.PaperText;

/**
 * The letter telling a household the decision on its referral: admitted (when its support begins) or
 * refused (with the reason, and that the orienting body is told), on the association's letterhead,
 * addressed to the household, the orienting body's reference recalled. Texts: {@code letter.*}.
 */
public final class DecisionLetterPdf {

    /** What the letter says, read by the service; {@code start} only for an admission. */
    public record Facts(Issuer issuer, String household, String address, String programme, Referral referral,
            LocalDate start, LocalDate madeOn) {
    }

    private static final Font STRONG = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);

    private DecisionLetterPdf() {
    }

    public static byte[] render(Facts facts, Locale locale) {
        Locale language = PaperText.language(locale);
        Referral referral = facts.referral();
        boolean admitted = referral.getStatus() == ReferralStatus.ADMITTED;
        String body = admitted
                ? text("letter.admitted", language, date(referral.getReceivedOn(), language),
                        referral.getOrientingBody(), facts.programme(), date(facts.start(), language))
                : text("letter.refused", language, date(referral.getReceivedOn(), language),
                        referral.getOrientingBody(), facts.programme(), referral.getDecisionReason());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(text("letter.subject", language, facts.programme()));
            document.addCreator("Ancrage");
            document.open();
            facts.issuer().letterhead(document);
            Paragraph to = new Paragraph(facts.household() + (facts.address() == null ? "" : "\n" + facts.address()),
                    TEXT);
            to.setIndentationLeft(280);
            to.setSpacingBefore(24);
            document.add(to);
            Paragraph on = new Paragraph(text("letter.on", language, date(facts.madeOn(), language)), TEXT);
            on.setAlignment(Element.ALIGN_RIGHT);
            on.setSpacingBefore(18);
            document.add(on);
            Paragraph subject = new Paragraph(text("letter.subject", language, facts.programme())
                    + (referral.getOrientingReference() == null ? ""
                            : " — " + text("letter.reference", language, referral.getOrientingReference())), STRONG);
            subject.setSpacingBefore(18);
            document.add(subject);
            for (String paragraph : new String[] {text("letter.greeting", language), body,
                text(admitted ? "letter.admitted.next" : "letter.refused.next", language), text("letter.closing", language)}) {
                Paragraph p = new Paragraph(paragraph, TEXT);
                p.setSpacingBefore(12);
                p.setLeading(14);
                document.add(p);
            }
            Paragraph signed = new Paragraph(facts.issuer().signatory() == null ? facts.issuer().name()
                    : facts.issuer().signatory() + "\n" + facts.issuer().name(), TEXT);
            signed.setAlignment(Element.ALIGN_RIGHT);
            signed.setSpacingBefore(24);
            document.add(signed);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Rendering the decision letter failed", e);
        }
        return pdf.toByteArray();
    }


    /** "lettre-admission-2026-02-01.pdf", "lettre-refus-2026-02-01.pdf". */
    static String fileName(Referral referral) {
        return (referral.getStatus() == ReferralStatus.ADMITTED ? "lettre-admission-" : "lettre-refus-")
                + referral.getDecidedOn() + ".pdf";
    }
}
