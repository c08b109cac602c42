package org.ancrage.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentChecksTest {

    @Test
    void kindsAreRecognisedByTheirFirstBytesNotTheirName() {
        assertEquals(DocumentKind.PDF, DocumentKind.recognise("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)).orElseThrow());
        assertEquals(DocumentKind.OFFICE, DocumentKind.recognise(new byte[] {'P', 'K', 3, 4, 0}).orElseThrow());
        assertTrue(DocumentKind.recognise(new byte[] {'M', 'Z', 0, 0}).isEmpty(), "a Windows executable");
        assertTrue(DocumentKind.recognise("<script>".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(DocumentKind.recognise(new byte[] {'%'}).isEmpty(), "shorter than any signature");
    }

    @Test
    void aNameKeepsNoFolderAndNoControlCharacter() {
        assertEquals("passwd", DocumentService.safeName("../../etc/passwd"));
        assertEquals("bilan.pdf", DocumentService.safeName("C:\\Users\\ts\\bilan.pdf"));
        assertEquals("document", DocumentService.safeName(" \u0000 "));
        assertEquals(Document.NAME_LENGTH, DocumentService.safeName("a".repeat(500)).length());
    }
}
