package org.ancrage.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Everything else that goes wrong in the API, answered as an {@link ApiError}. */
@Provider
public class EveryOtherError extends ApiErrors implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable thrown) {
        return answer(thrown);
    }
}
