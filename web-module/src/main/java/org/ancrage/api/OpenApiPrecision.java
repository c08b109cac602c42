package org.ancrage.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ancrage.imports.ImportField;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the generated OpenAPI document say what the Java types say, where Payara's scanner does
 * not: an enumeration is a string with its constants (not {@code type: object}), a
 * {@code LocalDate} a {@code format: date}, an {@code Instant} or {@code LocalDateTime} a
 * {@code format: date-time}, money a number, and a field carrying {@code @NotNull},
 * {@code @NotBlank} or {@code @NotEmpty} (or a record's primitive component, always present) is
 * required. It reads the request and response types of the resources listed in
 * {@link #RESOURCES}; it also keeps the document to the standard (operation ids used once, path
 * parameters required, tags declared once).
 *
 * <p>Registered by {@code mp.openapi.filter} at the domain's level ({@code server-config/apply-domain}):
 * Payara 6 reads the OpenAPI settings while the application is being deployed, through a
 * configuration that does not yet hold the application's own {@code microprofile-config.properties}:
 * a filter named there was never applied, one named at the domain's level is.
 */
public class OpenApiPrecision implements OASFilter {

    /** The resource classes whose bodies and views are described. */
    static final List<String> RESOURCES = List.of("contacts.ContactResource", "documents.ReferralDocumentResource",
            "documents.HouseholdDocumentResource",
            "households.HouseholdResource", "housing.CapacityResource", "housing.DwellingResource",
            "housing.InsuranceResource", "imports.ImportResource", "housing.OccupancyResource", "jobs.JobResource", "landlords.LandlordResource",
            "measures.MeasureResource", "mediation.IncidentResource", "organisation.ServiceUnitResource",
            "privacy.AuditResource", "privacy.RetentionResource", "privacy.SubjectAccessResource",
            "programmes.ProgrammeResource", "referrals.ReferralResource", "reporting.StatisticsResource",
            "rent.DepositResource", "rent.RentResource", "security.AccountResource", "security.ApiKeyResource");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        standard(api);
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        schemas.values().forEach(OpenApiPrecision::withoutDefaults);
        schemas.values().forEach(OpenApiPrecision::exampleAsJson);
        operationsWithoutDefaults(api);
        importMapping(api, schemas);
        Schema page = schemas.get("Page");
        if (page != null) {
            // Payara cannot say what the generic items are: objects, described by each operation's summary.
            Schema items = page.getProperties() == null ? null : page.getProperties().get("items");
            if (items == null) {
                items = OASFactory.createSchema().type(Schema.SchemaType.ARRAY).description("The items of this page");
                page.addProperty("items", items);
            }
            items.setItems(OASFactory.createSchema().type(Schema.SchemaType.OBJECT));
        }
        Map<String, Class<?>> types = described();
        for (Map.Entry<String, Schema> component : new ArrayList<>(schemas.entrySet())) {
            Class<?> type = types.get(component.getKey());
            if (type == null) {
                continue;
            }
            if (type.isEnum()) {
                asEnum(component.getValue(), type);
                continue;
            }
            Schema schema = component.getValue();
            for (Member member : members(type)) {
                Schema property = schema.getProperties() == null ? null : schema.getProperties().get(member.name());
                if (property == null) {
                    continue;
                }
                precise(property, member.type(), schemas);
                Class<?> element = element(member.generic());
                if (element != null && property.getItems() != null) {
                    precise(property.getItems(), element, schemas);
                }
                if (member.required() && (schema.getRequired() == null || !schema.getRequired().contains(member.name()))) {
                    schema.addRequired(member.name());
                }
            }
        }
    }

    /**
     * What the standard requires and Payara's document does not keep: an operation id used once,
     * path parameters required, each tag declared once, and no field of Payara's own at the top
     * ({@code endpoints}).
     */
    private static void standard(OpenAPI api) {
        try {
            // Empty, not null: Payara copies the document for every request and cannot copy a null map.
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new java.util.TreeMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not Payara's model, or another version: nothing of its own to remove
        }
        if (api.getTags() != null) {
            Map<String, Tag> tags = new LinkedHashMap<>();
            api.getTags().forEach(t -> tags.putIfAbsent(t.getName(), t));
            api.setTags(new ArrayList<>(tags.values()));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Integer> ids = new HashMap<>();
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(
                operation -> ids.merge(String.valueOf(operation.getOperationId()), 1, Integer::sum)));
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getParameters() != null) {
                path.getValue().getParameters().stream().filter(p -> p.getIn() == Parameter.In.PATH)
                        .forEach(p -> p.setRequired(true));
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getParameters() != null) {
                    operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.PATH)
                            .forEach(p -> p.setRequired(true));
                }
                String id = operation.getOperationId();
                if (id == null || ids.get(id) > 1) {
                    StringBuilder unique = new StringBuilder(id == null ? entry.getKey().name().toLowerCase() : id);
                    for (String segment : path.getKey().split("/")) {
                        if (!segment.isEmpty() && !segment.startsWith("{") && !segment.equals("api")) {
                            for (String word : segment.split("-")) {
                                unique.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                            }
                        }
                    }
                    String candidate = unique.toString();
                    for (int n = 2; used.contains(candidate); n++) {
                        candidate = unique.toString() + n;
                    }
                    operation.setOperationId(candidate);
                }
                used.add(operation.getOperationId());
            }
        }
    }

    /**
     * Payara writes the defaults of a class's {@code @Schema} annotation as if they were said: among
     * them {@code maxProperties: 0}, which would refuse every object. They are removed.
     */
    /**
     * A body's example is written in its annotation as JSON text; Payara would give it as one
     * string. It is given as the object it shows, so tools display (and send) it as a body.
     */
    private static void exampleAsJson(Schema schema) {
        if (schema != null && schema.getExample() instanceof String text
                && (text.startsWith("{") || text.startsWith("["))) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                schema.setExample(plain(reader.readValue()));
            } catch (JsonException e) {
                throw new IllegalStateException("an example that is not JSON: " + text, e);
            }
        }
    }

    /** A JSON value as the maps, lists, strings, numbers and booleans a serializer writes plainly. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, member) -> object.put(key, plain(member)));
                yield object;
            }
            case ARRAY -> value.asJsonArray().stream().map(OpenApiPrecision::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static void withoutDefaults(Schema schema) {
        if (schema == null) {
            return;
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiPrecision::withoutDefaults);
        }
        withoutDefaults(schema.getItems());
    }

    /** The defaults of {@code @Schema} annotations on operations (parameters, bodies, answers) removed too. */
    private static void operationsWithoutDefaults(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> withoutDefaults(p.getSchema()));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().getMediaTypes() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(m -> withoutDefaults(m.getSchema()));
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().stream()
                            .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
                            .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                            .forEach(m -> withoutDefaults(m.getSchema()));
                }
            }
        }
    }

    /**
     * A file's mapping to import (sent as the JSON text of {@code mapping} on {@code POST /imports},
     * given back in {@code ImportView}): an object from headings to the names of {@code ImportField},
     * which annotations cannot say of a map's values.
     */
    private static void importMapping(OpenAPI api, Map<String, Schema> schemas) {
        Schema view = schemas.get("ImportView");
        Schema mapping = view == null || view.getProperties() == null ? null : view.getProperties().get("mapping");
        if (mapping != null) {
            asEnum(mapping.getAdditionalPropertiesSchema() == null ? fields(mapping)
                    : mapping.getAdditionalPropertiesSchema(), ImportField.class);
            exampleAsJson(mapping);
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().entrySet().stream().filter(e -> e.getKey().endsWith("/imports"))
                .map(e -> e.getValue().getPOST()).filter(o -> o != null && o.getParameters() != null)
                .flatMap(o -> o.getParameters().stream()).filter(p -> "mapping".equals(p.getName()))
                .forEach(p -> {
                    // JSON in a query parameter: said by its content's type, as the standard has it.
                    Schema object = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
                    asEnum(fields(object), ImportField.class);
                    Schema example = OASFactory.createSchema().example(p.getExample());
                    exampleAsJson(example);
                    p.setSchema(null);
                    p.setExample(null);
                    p.setContent(OASFactory.createContent().addMediaType("application/json",
                            OASFactory.createMediaType().schema(object).example(example.getExample())));
                });
    }

    /** A new schema for the values of the object {@code map}. */
    private static Schema fields(Schema map) {
        Schema values = OASFactory.createSchema();
        map.setAdditionalPropertiesSchema(values);
        return values;
    }

    /** The element type of a list or set, if it has one. */
    private static Class<?> element(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    /** A field of a body or a component of a view. */
    private record Member(String name, Class<?> type, Type generic, boolean required) {
    }

    private static void precise(Schema property, Class<?> type, Map<String, Schema> schemas) {
        Schema target = property;
        if (property.getRef() != null) {
            String name = property.getRef().substring(property.getRef().lastIndexOf('/') + 1);
            target = schemas.get(name);
            if (target == null) {
                return;
            }
        }
        if (type.isEnum()) {
            asEnum(target, type);
        } else if (type == LocalDate.class) {
            asString(target, "date");
        } else if (type == Instant.class || type == LocalDateTime.class || type == OffsetDateTime.class) {
            asString(target, "date-time");
        } else if (type == YearMonth.class) {
            asString(target, null);
            target.setPattern("\\d{4}-\\d{2}");
        } else if (type == BigDecimal.class) {
            target.setType(Schema.SchemaType.NUMBER);
            target.setProperties(null);
        }
    }

    private static void asEnum(Schema schema, Class<?> type) {
        asString(schema, null);
        List<Object> constants = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            constants.add(((Enum<?>) constant).name());
        }
        schema.setEnumeration(constants);
    }

    private static void asString(Schema schema, String format) {
        schema.setType(Schema.SchemaType.STRING);
        schema.setProperties(null);
        if (format != null) {
            schema.setFormat(format);
        }
    }

    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                members.add(new Member(c.getName(), c.getType(), c.getGenericType(),
                        c.getType().isPrimitive() || required(c.getAccessor()) || required(field(type, c.getName()))));
            }
            return members;
        }
        for (Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                members.add(new Member(f.getName(), f.getType(), f.getGenericType(), required(f)));
            }
        }
        return members;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean required(AnnotatedElement element) {
        return element != null && (element.isAnnotationPresent(NotNull.class) || element.isAnnotationPresent(NotBlank.class)
                || element.isAnnotationPresent(NotEmpty.class));
    }

    /** The types the resources take and give, by simple name, with the types they hold. */
    static Map<String, Class<?>> described() {
        Map<String, Class<?>> found = new HashMap<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (String resource : RESOURCES) {
            try {
                Class<?> type = Class.forName("org.ancrage.api." + resource, false, OpenApiPrecision.class.getClassLoader());
                for (Class<?> nested : type.getDeclaredClasses()) {
                    collect(nested, seen);
                }
                for (Method method : type.getMethods()) {
                    collect(method.getGenericReturnType(), seen);
                    for (Type parameter : method.getGenericParameterTypes()) {
                        collect(parameter, seen);
                    }
                }
            } catch (ClassNotFoundException e) {
                // a resource renamed or removed: its types are simply left as scanned
            }
        }
        for (Class<?> type : seen) {
            org.eclipse.microprofile.openapi.annotations.media.Schema named =
                    type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            found.putIfAbsent(named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName(), type);
        }
        return found;
    }

    private static void collect(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> cls) || !cls.getName().startsWith("org.ancrage.") || !seen.add(cls)) {
            return;
        }
        for (Member member : cls.isEnum() ? List.<Member>of() : members(cls)) {
            collect(member.generic(), seen);
        }
        if (cls.getSuperclass() != null) {
            collect(cls.getSuperclass(), seen);
        }
    }
}
