package org.ancrage.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Invalid values: narrower than the JAX-RS runtime's own validation mapper, so chosen over it. */
@Provider
public class ValidationErrors extends ApiErrors implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return answer(invalid);
    }
}
