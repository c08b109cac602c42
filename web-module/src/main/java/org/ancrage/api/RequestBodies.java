package org.ancrage.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import java.util.Set;

/**
 * Checks a request body's constraints before a service sees it. Done here rather than with
 * {@code @Valid} on the resource method: Payara 6.2025.10 fails to build its OpenAPI document
 * when a resource parameter carries a Bean Validation annotation (payara/Payara#7649).
 */
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
