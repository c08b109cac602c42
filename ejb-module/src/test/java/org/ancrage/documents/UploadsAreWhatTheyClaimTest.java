package org.ancrage.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class UploadsAreWhatTheyClaimTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(
            StandardCharsets.ISO_8859_1);

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] docx(String... extra) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>");
        entries.put("_rels/.rels", "<Relationships/>");
        entries.put("word/document.xml", "<w:document/>");
        for (String name : extra) {
            entries.put(name, "x");
        }
        return zip(entries);
    }

    private static byte[] odt() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("content.xml", "<office:document-content/>");
        entries.put("META-INF/manifest.xml", "<manifest/>");
        return zip(entries);
    }

    private static String refusal(String name, byte[] content) {
        return assertThrows(DocumentRefused.class, () -> UploadCheck.check(name, content)).messageKey();
    }

    @Test
    void genuineFilesOfEachKindAreAccepted() throws IOException {
        assertEquals(DocumentKind.PDF, UploadCheck.check("fiche-SIAO.pdf", PDF));
        assertEquals(DocumentKind.OFFICE, UploadCheck.check("bilan.docx", docx()));
        assertEquals(DocumentKind.OFFICE, UploadCheck.check("bilan.odt", odt()));
        assertEquals(DocumentKind.OFFICE, UploadCheck.check("sans-extension", odt()), "no claim, a real office file");
        assertEquals(DocumentKind.PNG, UploadCheck.check("photo.PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}));
    }

    @Test
    void anOfficeFileHidingAProgramIsRefused() throws IOException {
        assertEquals("document.executableInside", refusal("facture.docx", docx("word/media/facture.pdf.exe")));
        assertEquals("document.executableInside", refusal("facture.docx", docx("payload.js")));
        assertEquals("document.macroInside", refusal("facture.docx", docx("word/vbaProject.bin")));
    }

    @Test
    void anArchiveMustBeTheOfficeTypeItsNameClaims() throws IOException {
        assertEquals("document.notWhatItClaims", refusal("tableau.xlsx", docx()), "a Word file named .xlsx");
        assertEquals("document.notWhatItClaims", refusal("lettre.docx", odt()), "an OpenDocument named .docx");
        assertEquals("document.notWhatItClaims", refusal("archive.docx", zip(Map.of("readme.txt", "hello"))),
                "any ZIP named .docx");
        assertEquals("document.notWhatItClaims", refusal("archive", zip(Map.of("readme.txt", "hello"))),
                "a plain ZIP is no office file");
        assertEquals("document.notWhatItClaims", refusal("bilan.pdf", docx()), "a Word file named .pdf");
        assertEquals("document.notWhatItClaims", refusal("bilan.docx", PDF), "a PDF named .docx");
        assertEquals("document.kindRefused", refusal("outil.exe", PDF), "an extension that is not accepted");
    }

    @Test
    void aDamagedOrTraversingArchiveIsRefused() throws IOException {
        byte[] whole = docx();
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertEquals("document.archiveRefused", refusal("bilan.docx", truncated));
        assertEquals("document.archiveRefused", refusal("bilan.docx", docx("../../etc/cron.d/x")));
    }

    @Test
    void pdfHtmlPolyglotsAreRefused() {
        byte[] polyglot = "%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("document.polyglot", refusal("fiche.pdf", polyglot));
        byte[] late = ("%PDF-1.4\n" + "x".repeat(100_000) + "<SCRIPT src=//evil></SCRIPT>").getBytes(
                StandardCharsets.ISO_8859_1);
        assertEquals("document.polyglot", refusal("fiche.pdf", late), "anywhere in a PDF, any case");
    }

    @Test
    void namesWithControlOrDirectionCharactersAreRefusedNotCleaned() {
        assertEquals("document.nameRefused", refusal("facture\u202Efdp.exe", PDF), "right-to-left override");
        assertEquals("document.nameRefused", refusal("facture\u0000.pdf", PDF), "NUL");
        assertEquals("document.nameRefused", refusal("fact\nure.pdf", PDF), "line feed");
        assertEquals("document.nameRefused", refusal("facture\u2066.pdf", PDF), "left-to-right isolate");
    }
}
