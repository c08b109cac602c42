package org.ancrage.system;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Optional;

/**
 * A business rule said no. Subclasses are named after what went wrong in the domain's words
 * ({@code RenewalRefused}, {@code RentCallAlreadyIssued}); the message key and arguments let
 * the console and the API show the reason in the user's language (bundle {@code messages}).
 * A refusal about one value names its field ({@link #at(String)}), as the API's bodies name it, so
 * that the reason is said at that field. Rolls the transaction back, so nothing half-done is saved.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    private String field;

    /**
     * This refusal, about the value of {@code field} (named as the API's bodies name it, e.g.
     * {@code derogationReference}): the API lists it in the error's fields.
     */
    public DomainException at(String field) {
        this.field = field;
        return this;
    }

    /** The field whose value is refused, when the refusal is about one value. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** Bundle key of the user-facing text, e.g. {@code measure.renewal.pastMaximum}. */
    public String messageKey() {
        return messageKey;
    }

    /** Values for the {@code {0}}, {@code {1}}… placeholders of the message. */
    public List<Object> arguments() {
        return arguments;
    }
}
