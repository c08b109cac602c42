package org.ancrage.system;

/**
 * The record asked for does not exist (or is not visible to the caller). The message names its
 * type as the bundles say it ({@code record.Measure}), or by the class's simple name where they don't.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(Class<?> type, Object id) {
        this(DomainMessages.Label.ofRecord(type), id);
    }

    private NotFoundException(DomainMessages.Label what, Object id) {
        super("record.notFound", what, id);
    }

    /**
     * A record of a component the caller may not name without a cycle between components, by its
     * JPA entity name (checked with a query): {@code ofEntityNamed("ServiceUnit", id)}.
     */
    public static NotFoundException ofEntityNamed(String entityName, Object id) {
        return new NotFoundException(new DomainMessages.Label("record." + entityName, entityName), id);
    }
}
