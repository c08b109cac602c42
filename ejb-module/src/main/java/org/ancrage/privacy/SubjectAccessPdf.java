package org.ancrage.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.ancrage.system.DomainMessages;

/**
 * The subject access export as a PDF a person can read: one heading per section (in the reader's
 * language), each record as a two-column table of field and value.
 */
public final class SubjectAccessPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font FIELD = new Font(Font.HELVETICA, 9, Font.BOLD);

    private SubjectAccessPdf() {
    }

    public static byte[] render(JsonObject export, Locale locale) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(DomainMessages.text("subjectAccess.title", locale, export.getJsonNumber("householdId")));
            document.open();
            document.add(new Paragraph(DomainMessages.text("subjectAccess.title", locale,
                    export.getJsonNumber("householdId")), TITLE));
            document.add(new Paragraph(DomainMessages.text("subjectAccess.exportedAt", locale,
                    export.getString("exportedAt")), TEXT));
            for (Map.Entry<String, JsonValue> section : export.entrySet()) {
                if (section.getValue() instanceof JsonArray rows) {
                    Paragraph heading = new Paragraph(DomainMessages.text("subjectAccess.section." + section.getKey(),
                            locale) + " (" + rows.size() + ")", HEADING);
                    heading.setSpacingBefore(12);
                    document.add(heading);
                    for (JsonValue row : rows) {
                        document.add(table(row.asJsonObject()));
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Rendering the subject access PDF failed", e);
        }
        return pdf.toByteArray();
    }

    private static PdfPTable table(JsonObject row) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (Map.Entry<String, JsonValue> field : row.entrySet()) {
            table.addCell(new PdfPCell(new Paragraph(field.getKey(), FIELD)));
            JsonValue value = field.getValue();
            String text = value == JsonValue.NULL ? "" : value instanceof JsonString s ? s.getString() : value.toString();
            table.addCell(new PdfPCell(new Paragraph(text, TEXT)));
        }
        return table;
    }
}
