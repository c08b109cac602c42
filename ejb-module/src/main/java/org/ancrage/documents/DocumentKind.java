package org.ancrage.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a document may be, recognised by their first bytes, never by the name or
 * the type the browser claims: an executable renamed {@code .pdf} is refused.
 */
public enum DocumentKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    /** Office Open XML and OpenDocument files are zip archives. */
    OFFICE("application/zip", new byte[] {'P', 'K', 3, 4});

    private final String contentType;
    private final byte[] signature;

    DocumentKind(String contentType, byte[] signature) {
        this.contentType = contentType;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<DocumentKind> recognise(byte[] content) {
        return Arrays.stream(values()).filter(k -> k.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        return content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }
}
