package org.ancrage.api.documents;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ancrage.documents.DocumentRefused;
import org.ancrage.documents.DocumentService;

/** How a document goes in (a bounded body) and out (an attachment under its own name), for every resource. */
final class DocumentBodies {

    private DocumentBodies() {
    }

    /** The body, never more than the limit in memory: one byte over is enough to refuse. */
    static byte[] read(InputStream body) throws IOException {
        byte[] content = body.readNBytes((int) DocumentService.MAX_BYTES + 1);
        if (content.length > DocumentService.MAX_BYTES) {
            throw new DocumentRefused("document.tooLarge", DocumentService.MAX_BYTES / (1024 * 1024));
        }
        return content;
    }

    /** Saved under its own name: ASCII for old clients, the exact name in UTF-8 (RFC 6266) for the others. */
    static Response attachment(DocumentService.Content content) {
        String fileName = content.document().getFileName();
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return Response.ok(content.bytes(), content.document().getKind().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
