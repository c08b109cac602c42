package org.ancrage.privacy;

import org.ancrage.system.DomainException;

/**
 * The caller may not see this record: it belongs to another service than theirs. The refusal
 * itself is written to the audit trail before this is thrown.
 */
public class AccessRefused extends DomainException {

    public AccessRefused(String what, Object id) {
        super("access.refused", what, id);
    }

    /** A refusal said in words of its own ({@code messageKey}) rather than "another service's file". */
    public AccessRefused(String messageKey, String what, Object id) {
        super(messageKey, what, id);
    }
}
