package org.ancrage.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import java.util.Set;

/**
 * @deprecated every JSON body is now checked once, before the resource method, by
 * {@link RequestBodyCheck} (where the note on the Payara OpenAPI defect now lives). Kept only so
 * that branches written before the change still compile; calling it checks the body twice.
 */
@Deprecated
public final class RequestBodies {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private RequestBodies() {
    }

    /** @throws ConstraintViolationException (answered 400 with the fields) when the body is invalid */
    public static <T> T valid(T body) {
        if (body == null) {
            throw new BadRequestException("missing body");
        }
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
