package org.ancrage.api.documents;

import java.time.Instant;
import org.ancrage.documents.Document;
import org.ancrage.documents.DocumentKind;

public record DocumentView(Long id, String fileName, DocumentKind kind, long size, String sha256, Instant addedAt) {
    static DocumentView of(Document d) {
        return new DocumentView(d.getId(), d.getFileName(), d.getKind(), d.getSize(), d.getSha256(),
                d.getAddedAt());
    }
}
