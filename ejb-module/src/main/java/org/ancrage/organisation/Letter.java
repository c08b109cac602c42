package org.ancrage.organisation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ancrage.system.PaperText;

/**
 * A letter of the association to a household, as PDF: the letterhead, the household and its address
 * on the right, the date, the subject, the greeting, the body, the closing and the signature (the
 * signatory the administrator named, else the association). Texts: {@code letter.on},
 * {@code letter.greeting}, {@code letter.closing}.
 */
public record Letter(Issuer issuer, String household, String address, LocalDate madeOn, String subject) {

    private static final Font STRONG = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);

    /** A paragraph of a letter's body. */
    public static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph(text, TEXT);
        p.setSpacingBefore(12);
        p.setLeading(14);
        return p;
    }

    /** The paragraphs of a letter's text as written ({@link LetterText.Written#paragraphs()}), ready for its body. */
    public static List<Element> paragraphs(List<String> texts) {
        return texts.stream().<Element>map(text -> paragraph(PaperText.printable(text))).toList();
    }

    /** The letter with {@code body} (paragraphs, a table) between the greeting and the closing, in {@code locale}. */
    public byte[] render(Locale locale, List<Element> body) {
        Locale language = PaperText.language(locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(subject);
            document.addCreator("Ancrage");
            document.open();
            issuer.letterhead(document);
            Paragraph to = new Paragraph(household + (address == null ? "" : "\n" + address), TEXT);
            to.setIndentationLeft(280);
            to.setSpacingBefore(24);
            document.add(to);
            Paragraph on = new Paragraph(PaperText.text("letter.on", language, PaperText.date(madeOn, language)), TEXT);
            on.setAlignment(Element.ALIGN_RIGHT);
            on.setSpacingBefore(18);
            document.add(on);
            Paragraph object = new Paragraph(subject, STRONG);
            object.setSpacingBefore(18);
            document.add(object);
            document.add(paragraph(PaperText.text("letter.greeting", language)));
            for (Element element : body) {
                document.add(element);
            }
            document.add(paragraph(PaperText.text("letter.closing", language)));
            Paragraph signed = new Paragraph(issuer.signatory() == null ? issuer.name()
                    : issuer.signatory() + "\n" + issuer.name(), TEXT);
            signed.setAlignment(Element.ALIGN_RIGHT);
            signed.setSpacingBefore(24);
            document.add(signed);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Rendering the letter failed", e);
        }
        return pdf.toByteArray();
    }
}
