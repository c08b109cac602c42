package org.ancrage.reporting;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ancrage.system.DomainMessages;

/**
 * The activity report of a year for funders: per programme the indicators, a bar chart of each
 * distribution, a table of the ends by reason, and at the end the definitions of every figure, in
 * the reader's language.
 */
public final class ActivityReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Color BAR = new Color(0x2b, 0x6c, 0xb0);
    private ActivityReportPdf() {
    }

    /** The report of {@code year}; {@code names} gives each programme's name by id. */
    public static byte[] render(int year, List<Indicators> snapshots, Map<Long, String> names, Locale locale) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            String title = text("report.title", locale, Integer.toString(year));
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, TITLE));
            if (snapshots.isEmpty()) {
                document.add(new Paragraph(text("report.empty", locale), TEXT));
            }
            for (Indicators indicators : snapshots) {
                Paragraph heading = new Paragraph(names.getOrDefault(indicators.programmeId(), "#"
                        + indicators.programmeId()), HEADING);
                heading.setSpacingBefore(14);
                document.add(heading);
                document.add(figures(indicators, locale));
                chart(document, writer, text("report.outcomes", locale), indicators.outcomes(), "report.outcome.",
                        locale);
                endsByReason(document, indicators, locale);
                chart(document, writer, text("report.composition", locale), indicators.composition(),
                        "report.composition.", locale);
                chart(document, writer, text("report.ageBands", locale), indicators.ageBands(), "report.ageBand.", locale);
                chart(document, writer, text("report.resources", locale), indicators.resources(), "report.resource.",
                        locale);
            }
            document.newPage();
            document.add(new Paragraph(text("report.definitions", locale), HEADING));
            for (String figure : Indicators.FIGURES) {
                Paragraph definition = new Paragraph();
                definition.add(new Chunk(text("report.figure." + figure, locale) + " : ", SUBHEADING));
                definition.add(new Chunk(text("report.definition." + figure, locale), TEXT));
                definition.setSpacingBefore(4);
                document.add(definition);
            }
            for (String distribution : Indicators.ENDS_BROKEN_DOWN) {
                Paragraph definition = new Paragraph();
                definition.add(new Chunk(text("report." + distribution, locale) + " : ", SUBHEADING));
                definition.add(new Chunk(text("report.definition." + distribution, locale), TEXT));
                definition.setSpacingBefore(4);
                document.add(definition);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Rendering the activity report failed", e);
        }
        return pdf.toByteArray();
    }

    private static PdfPTable figures(Indicators indicators, Locale locale) {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(6);
        for (String figure : Indicators.FIGURES) {
            table.addCell(new Paragraph(text("report.figure." + figure, locale), TEXT));
            // masked for a funder: "< 5", or the word for figures about those few households
            table.addCell(new Paragraph(indicators.figureText(figure, text("report.masked", locale)), TEXT));
        }
        return table;
    }

    /** The ends of the year by reason, as a table: the reason in words and its count ("< 5" when masked). */
    private static void endsByReason(Document document, Indicators indicators, Locale locale)
            throws DocumentException {
        if (indicators.endReasons().isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(text("report.endReasons", locale), SUBHEADING);
        heading.setSpacingBefore(6);
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(4);
        for (Map.Entry<String, Long> entry : indicators.endReasons().entrySet()) {
            table.addCell(new Paragraph(label("report.endReason." + entry.getKey(), entry.getKey(), locale), TEXT));
            table.addCell(new Paragraph(Indicators.cell(entry.getValue()), TEXT));
        }
        document.add(table);
    }

    /** A horizontal bar chart of a distribution, drawn as vector graphics. */
    private static void chart(Document document, PdfWriter writer, String title, Map<String, Long> counts,
            String labelPrefix, Locale locale) throws DocumentException {
        if (counts.isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(title, SUBHEADING);
        heading.setSpacingBefore(6);
        document.add(heading);
        float rowHeight = 14;
        float labelWidth = 190;
        float barWidth = 250;
        PdfTemplate template = writer.getDirectContent().createTemplate(labelWidth + barWidth + 40,
                rowHeight * counts.size() + 4);
        long max = counts.values().stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).max()
                .orElse(1);
        int row = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            float y = template.getHeight() - (row + 1) * rowHeight;
            // A masked cell (funders, fewer than 5 households) has no bar and says "< 5".
            float width = max == 0 || entry.getValue() == null ? 0 : barWidth * entry.getValue() / max;
            template.setColorFill(BAR);
            template.rectangle(labelWidth, y + 2, Math.max(width, 1), rowHeight - 4);
            template.fill();
            template.beginText();
            template.setColorFill(Color.BLACK);
            template.setFontAndSize(TEXT.getCalculatedBaseFont(false), 8);
            template.showTextAligned(PdfContentByte.ALIGN_LEFT, label(labelPrefix + entry.getKey(), entry.getKey(),
                    locale), 0, y + 4, 0);
            template.showTextAligned(PdfContentByte.ALIGN_LEFT, Indicators.cell(entry.getValue()),
                    labelWidth + width + 4, y + 4, 0);
            template.endText();
            row++;
        }
        document.add(Image.getInstance(template));
    }

    private static String label(String key, String fallback, Locale locale) {
        String text = DomainMessages.text(key, locale);
        return text == null || text.equals(key) ? fallback : text;
    }

    private static String text(String key, Locale locale, Object... arguments) {
        return DomainMessages.text(key, locale, arguments);
    }
}
