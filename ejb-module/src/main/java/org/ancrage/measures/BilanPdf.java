package org.ancrage.measures;

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
 * A bilan (an evaluation) as it is sent to the funder or the commission: the association's letterhead,
 * the household, the programme and the period it closes, then the worker's assessment, the gains,
 * the needs that remain and the decision proposed, signed by its author. Texts from the messages
 * bundle ({@code bilan.pdf.*}), French by default, English for an English reader.
 */
public final class BilanPdf {

    /** What the paper says, read by the service. */
    public record Facts(Issuer issuer, String household, String programme, Period period, String author,
            Evaluation evaluation, LocalDate madeOn) {
    }

    private static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);

    private BilanPdf() {
    }

    public static byte[] render(Facts facts, Locale locale) {
        Locale language = PaperText.language(locale);
        Evaluation evaluation = facts.evaluation();
        String title = text("bilan.pdf.title", language, facts.programme());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, pdf);
            facts.issuer().opens(document, title);
            document.add(new Paragraph(text("bilan.pdf.household", language, facts.household()), TEXT));
            Period period = facts.period();
            document.add(new Paragraph(period == null ? text("bilan.pdf.periodNumber", language,
                    evaluation.getPeriodNumber()) : text("bilan.pdf.period", language, period.getNumber(),
                    date(period.getStart(), language), date(period.getEnd(), language)), TEXT));
            document.add(new Paragraph(text("bilan.pdf.writtenOn", language, date(evaluation.getWrittenOn(), language),
                    facts.author()), TEXT));
            section(document, text("bilan.pdf.assessment", language), evaluation.getAssessment());
            section(document, text("bilan.pdf.gains", language), evaluation.getGains());
            section(document, text("bilan.pdf.remainingNeeds", language), evaluation.getRemainingNeeds());
            section(document, text("bilan.pdf.decision", language),
                    text("enum.Decision." + evaluation.getProposedDecision().name(), language));
            Paragraph made = new Paragraph(text("bilan.pdf.madeOn", language, date(facts.madeOn(), language),
                    facts.author(), facts.issuer().name()), TEXT);
            made.setSpacingBefore(24);
            made.setAlignment(Element.ALIGN_RIGHT);
            document.add(made);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Rendering the bilan failed", e);
        }
        return pdf.toByteArray();
    }

    private static void section(Document document, String heading, String body) {
        Paragraph title = new Paragraph(heading, SECTION);
        title.setSpacingBefore(12);
        document.add(title);
        Paragraph text = new Paragraph(body == null || body.isBlank() ? "—" : body, TEXT);
        text.setLeading(14);
        document.add(text);
    }


    /** "bilan-2026-06-30.pdf": the file a bilan is saved under. */
    public static String fileName(Evaluation evaluation) {
        return "bilan-" + evaluation.getWrittenOn() + ".pdf";
    }
}
