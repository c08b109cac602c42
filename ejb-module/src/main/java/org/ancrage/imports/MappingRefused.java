package org.ancrage.imports;

import org.ancrage.system.DomainException;

/** A column mapping that cannot serve: no identifier column, a field mapped twice, an unknown field. */
public class MappingRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    public MappingRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
