package org.ancrage.measures;

import static org.ancrage.system.PaperText.date;
import static org.ancrage.system.PaperText.text;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ancrage.organisation.Issuer;
import org.ancrage.system.PaperText;

/**
 * The support contract of a measure as it is signed: the association's letterhead, the household, the
 * programme, its referent, the objectives set with the household, what each side commits to, the
 * date of signature and a place for both signatures. Texts from the messages bundle
 * ({@code contract.pdf.*}).
 */
public final class SupportContractPdf {

    /** What the contract says, read by the service. */
    public record Facts(Issuer issuer, String household, String programme, LocalDate start, String referent,
            LocalDate signedOn, List<Objective> objectives) {
    }

    private static final Font STRONG = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);

    private SupportContractPdf() {
    }

    public static byte[] render(Facts facts, Locale locale) {
        Locale language = PaperText.language(locale);
        String title = text("contract.pdf.title", language, facts.programme());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, pdf);
            facts.issuer().opens(document, title);
            document.add(new Paragraph(text("contract.pdf.between", language, facts.issuer().name(), facts.household()),
                    TEXT));
            document.add(new Paragraph(text("contract.pdf.measure", language, facts.programme(),
                    date(facts.start(), language), facts.referent()), TEXT));

            Paragraph objectivesTitle = new Paragraph(text("contract.pdf.objectives", language), STRONG);
            objectivesTitle.setSpacingBefore(14);
            document.add(objectivesTitle);
            PdfPTable objectives = new PdfPTable(new float[] {0.4f, 1.6f, 4f});
            objectives.setWidthPercentage(100);
            objectives.setSpacingBefore(6);
            int number = 1;
            for (Objective objective : facts.objectives()) {
                cell(objectives, Integer.toString(number++));
                cell(objectives, text("enum.ObjectiveDomain." + objective.getDomain().name(), language));
                cell(objectives, objective.getDescription());
            }
            document.add(objectives);

            for (String commitment : List.of("contract.pdf.household", "contract.pdf.association")) {
                Paragraph paragraph = new Paragraph(text(commitment, language, facts.issuer().name()), TEXT);
                paragraph.setSpacingBefore(10);
                paragraph.setLeading(14);
                document.add(paragraph);
            }
            Paragraph signed = new Paragraph(text("contract.pdf.signedOn", language, date(facts.signedOn(), language)),
                    TEXT);
            signed.setSpacingBefore(18);
            document.add(signed);
            PdfPTable signatures = new PdfPTable(2);
            signatures.setWidthPercentage(100);
            signatures.setSpacingBefore(8);
            cell(signatures, text("contract.pdf.signatureHousehold", language, facts.household()) + "\n\n\n\n");
            cell(signatures, text("contract.pdf.signatureAssociation", language, facts.issuer().name(),
                    facts.issuer().signatory() == null ? facts.referent() : facts.issuer().signatory()) + "\n\n\n\n");
            document.add(signatures);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Rendering the support contract failed", e);
        }
        return pdf.toByteArray();
    }

    private static void cell(PdfPTable table, String value) {
        PdfPCell cell = new PdfPCell(new Phrase(value, TEXT));
        cell.setPadding(4);
        table.addCell(cell);
    }


    /** "contrat-accompagnement-2026-02-10.pdf". */
    public static String fileName(LocalDate signedOn) {
        return "contrat-accompagnement-" + signedOn + ".pdf";
    }
}
