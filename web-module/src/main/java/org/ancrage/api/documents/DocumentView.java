package org.ancrage.api.documents;

import java.time.Instant;
import org.ancrage.documents.Document;
import org.ancrage.documents.DocumentKind;

/** A document's description (never its bytes): {@code referralId} when it came with a referral, who added it. */
public record DocumentView(Long id, String fileName, DocumentKind kind, long size, String sha256, Instant addedAt,
        String addedBy, Long referralId, boolean generated) {
    static DocumentView of(Document d) {
        return new DocumentView(d.getId(), d.getFileName(), d.getKind(), d.getSize(), d.getSha256(),
                d.getAddedAt(), d.getAddedBy(), d.getReferralId(), d.isGenerated());
    }
}
