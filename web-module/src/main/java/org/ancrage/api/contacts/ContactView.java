package org.ancrage.api.contacts;

import java.time.LocalDateTime;
import org.ancrage.contacts.Contact;
import org.ancrage.contacts.ContactStatus;
import org.ancrage.programmes.ContactType;

/** A contact; the confidential note only for those who may read it, otherwise flagged as withheld. */
public record ContactView(Long id, LocalDateTime occurredAt, ContactType type, Long workerId, Integer durationMinutes,
        String topics, String confidentialNote, boolean confidentialNoteWithheld, ContactStatus status,
        String cancelReason, long version) {
    static ContactView of(Contact c) {
        return new ContactView(c.getId(), c.getOccurredAt(), c.getType(), c.getWorkerId(),
                c.getDurationMinutes(), c.getTopics(), c.getConfidentialNote(), c.isConfidentialNoteWithheld(),
                c.getStatus(), c.getCancelReason(), c.getVersion());
    }
}
