package org.ancrage.testing;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** A generated PDF read back as text, as the tests of the reports and papers check what they say. */
public final class Pdfs {

    private Pdfs() {
    }

    /** Every page's text, one after the other. */
    public static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }

    /** The text of the first page that names {@code name}. */
    public static String pageOf(byte[] pdf, String name) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            String text = extractor.getTextFromPage(p);
            if (text.contains(name)) {
                return text;
            }
        }
        throw new AssertionError(name + " not in the PDF");
    }

    /** The text from the first mention of {@code name} on (a programme's heading and what follows it). */
    public static String textFrom(byte[] pdf, String name) throws Exception {
        String text = text(pdf);
        int at = text.indexOf(name);
        if (at < 0) {
            throw new AssertionError(name + " not in the PDF");
        }
        return text.substring(at);
    }
}
