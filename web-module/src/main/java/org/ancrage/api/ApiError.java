package org.ancrage.api;

import java.util.List;

/**
 * Every error the API answers: the HTTP status, a stable code a program can test, a text for a
 * person (in the caller's language), and the fields at fault when there are any.
 */
public record ApiError(int status, String error, String message, List<FieldError> fields) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, List.of());
    }
}
