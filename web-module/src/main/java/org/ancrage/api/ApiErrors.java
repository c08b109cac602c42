package org.ancrage.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ancrage.privacy.AccessRefused;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.DomainException;
import org.ancrage.system.DomainMessages;
import org.ancrage.system.NotFoundException;

/**
 * Turns whatever went wrong into an {@link ApiError}: bad input is a 400 naming the fields, a
 * refused rule a 422 saying why (naming the field when the rule is about one value), a stale edit a 409, a missing record a 404, a missing role a 403.
 * Nothing else ever leaves as a stack trace: an unexpected failure is a 500 with a reference to
 * find it in the server log. The mappers below it only choose which exceptions reach it.
 */
public abstract class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private jakarta.ws.rs.core.Request request;

    @Context
    private jakarta.ws.rs.core.UriInfo uriInfo;

    @Context
    private jakarta.servlet.http.HttpServletRequest servletRequest;

    protected Response answer(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof DomainException refusal) {
            return refused(refusal);
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return invalid(invalid);
        }
        if (cause instanceof BadParameter bad) {
            return respond(new ApiError(400, "validation", text("api.validation"), List.of(
                    new ApiError.FieldError(bad.parameter(), text(bad.messageKey(), bad.arguments())))));
        }
        if (isAccessRefusal(cause)) {
            RoleRefusals.record(request, uriInfo, servletRequest);
            return respond(ApiError.of(403, "forbidden", text("api.forbidden")));
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException
                || cause instanceof java.time.format.DateTimeParseException) {
            return respond(ApiError.of(400, "malformed", text("api.malformed")));
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return respond(ApiError.of(status, "http-" + status, text("api.http." + status)));
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API failure, reference " + reference, thrown);
        return respond(ApiError.of(500, "internal", text("api.internal", reference)));
    }

    private Response refused(DomainException refusal) {
        String text = DomainMessages.text(refusal, locale());
        if (refusal instanceof NotFoundException) {
            return respond(ApiError.of(404, "not-found", text));
        }
        if (refusal instanceof AccessRefused) {
            return respond(ApiError.of(403, "forbidden", text));
        }
        if (refusal instanceof ConcurrentEditException) {
            return respond(ApiError.of(409, "conflict", text));
        }
        // a refusal about one value names its field, as a 400 does
        return respond(new ApiError(422, refusal.messageKey(), text,
                refusal.field().map(f -> List.of(new ApiError.FieldError(f, text))).orElse(List.of())));
    }

    private Response invalid(ConstraintViolationException invalid) {
        List<ApiError.FieldError> fields = invalid.getConstraintViolations().stream()
                .map(v -> new ApiError.FieldError(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(new ApiError(400, "validation", text("api.validation"), fields));
    }

    /** The property path ({@code members[0].birthDate}), without the method and parameter of a method's validation. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        Path.Node first = violation.getPropertyPath().iterator().next();
        if (first.getKind() == ElementKind.METHOD || first.getKind() == ElementKind.CONSTRUCTOR) {
            String[] parts = path.split("\\.", 3);
            return parts.length == 3 ? parts[2] : parts[parts.length - 1];
        }
        return path;
    }

    /** The exception that says what happened, under the EJB container's wrappers. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while (!isAccessRefusal(t)
                && (t instanceof EJBException || t instanceof jakarta.transaction.RollbackException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A missing role: the container says it with one of two exceptions, by the kind of view called. */
    private static boolean isAccessRefusal(Throwable t) {
        return t instanceof EJBAccessException || t instanceof AccessLocalException;
    }

    private Locale locale() {
        List<Locale> accepted = acceptedLanguages();
        return accepted.stream().filter(l -> "en".equals(l.getLanguage())).findFirst()
                .filter(en -> accepted.indexOf(en) == 0).orElse(Locale.FRENCH);
    }

    private List<Locale> acceptedLanguages() {
        try {
            return headers == null ? List.of() : headers.getAcceptableLanguages();
        } catch (RuntimeException unreadable) {
            // an Accept-Language that cannot be read is itself the error being answered: say it in French
            return List.of();
        }
    }

    private String text(String key, Object... arguments) {
        return DomainMessages.text(key, locale(), arguments);
    }

    private static Response respond(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
