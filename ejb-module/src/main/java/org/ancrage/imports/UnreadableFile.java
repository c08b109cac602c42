package org.ancrage.imports;

import org.ancrage.system.DomainException;

/** A file that cannot be read as a table: not CSV or XLSX, empty, without headings. */
public class UnreadableFile extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnreadableFile(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
