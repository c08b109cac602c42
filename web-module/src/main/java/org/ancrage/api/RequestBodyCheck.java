package org.ancrage.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one step every request of the API passes before a resource method sees it:
 * <ul>
 * <li>query parameters and {@code Accept-Language} that cannot be read, or carry a NUL or another
 * control character, are a 400 naming the parameter;</li>
 * <li>a JSON body is at most {@link #MAX_JSON_BYTES}; a method that takes a body gets one;</li>
 * <li>the body's Bean Validation constraints hold, and none of its texts carries a control
 * character other than tab and line breaks (a 400 naming the fields).</li>
 * </ul>
 * Constraints are checked here rather than with {@code @Valid} on the resource methods: Payara
 * 6.2025.10 fails to build its OpenAPI document when a resource parameter carries a Bean
 * Validation annotation (payara/Payara#7649).
 */
@Provider
public class RequestBodyCheck implements ContainerRequestFilter, ReaderInterceptor {

    /** The largest JSON body taken (a household of 100 members with every field full is far below). */
    public static final int MAX_JSON_BYTES = 256 * 1024;

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        checkLanguages(request);
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (hasControl(parameter.getKey(), false)) {
                throw new BadParameter("query", "api.parameter.control");
            }
            for (String value : parameter.getValue()) {
                if (hasControl(value, false)) {
                    throw new BadParameter(parameter.getKey(), "api.parameter.control");
                }
            }
        }
        if (request.getLength() > MAX_JSON_BYTES && MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            throw new jakarta.ws.rs.WebApplicationException(413); // said before a byte of it is read
        }
        if (!request.hasEntity() && bodyRequired()) {
            throw new BadParameter("body", "api.body.missing");
        }
    }

    private static void checkLanguages(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null) {
            return;
        }
        try {
            request.getAcceptableLanguages();
        } catch (RuntimeException e) {
            throw new BadParameter(HttpHeaders.ACCEPT_LANGUAGE, "api.parameter.language");
        }
        if (hasControl(header, false) || header.length() > 200) {
            throw new BadParameter(HttpHeaders.ACCEPT_LANGUAGE, "api.parameter.language");
        }
    }

    /**
     * Whether the method matched takes a JSON body of ours (a parameter without JAX-RS annotation);
     * raw bodies (a document's bytes, a job's optional parameters) say themselves what is missing.
     */
    private boolean bodyRequired() {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !method.isAnnotationPresent(jakarta.ws.rs.POST.class)
                && !method.isAnnotationPresent(jakarta.ws.rs.PUT.class)) {
            return false;
        }
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            boolean jaxrs = false;
            for (Annotation a : annotations[i]) {
                jaxrs |= a.annotationType().getPackageName().equals("jakarta.ws.rs")
                        || a.annotationType().getPackageName().equals("jakarta.ws.rs.core");
            }
            if (!jaxrs && isOurs(types[i])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        boolean json = MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType());
        if (json) {
            context.setInputStream(new Bounded(context.getInputStream(), MAX_JSON_BYTES));
        }
        Object body = context.proceed();
        if (body == null) {
            throw new BadParameter("body", "api.body.missing");
        }
        if (json && isOurs(body.getClass())) {
            Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(body);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            String field = controlCharacterIn(body, "", 0);
            if (field != null) {
                throw new BadParameter(field, "api.parameter.control");
            }
        }
        return body;
    }

    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith("org.ancrage.");
    }

    /** The path of the first text of the body holding a control character, or null. */
    private static String controlCharacterIn(Object value, String path, int depth) {
        if (value == null || depth > 8) {
            return null;
        }
        if (value instanceof String text) {
            return hasControl(text, true) ? path : null;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                String found = controlCharacterIn(item, path + "[" + i++ + "]", depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!isOurs(value.getClass()) || value.getClass().isEnum()) {
            return null;
        }
        for (Field field : value.getClass().getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                String found = controlCharacterIn(field.get(value),
                        path.isEmpty() ? field.getName() : path + "." + field.getName(), depth + 1);
                if (found != null) {
                    return found;
                }
            } catch (IllegalAccessException e) {
                // a public field is readable
            }
        }
        return null;
    }

    /** NUL and the other C0 and C1 controls; tab and line breaks are allowed in a body's texts. */
    static boolean hasControl(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c < 0xa0);
            if (control && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }

    /** A body longer than its bound is refused as it is read (413), never buffered whole. */
    private static final class Bounded extends FilterInputStream {

        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new jakarta.ws.rs.WebApplicationException(413);
            }
        }
    }
}
