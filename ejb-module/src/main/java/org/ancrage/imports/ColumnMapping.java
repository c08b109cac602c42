package org.ancrage.imports;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which heading of a file fills which of Ancrage's fields; a heading left out is not imported. As
 * JSON, an object from headings to field names ({@code {"Nom": "LAST_NAME"}}).
 */
public record ColumnMapping(Map<String, ImportField> byHeading) implements Serializable {

    public ColumnMapping {
        byHeading = Collections.unmodifiableMap(new LinkedHashMap<>(byHeading));
    }

    /**
     * What the headings suggest: each field for the heading that names it exactly (normalised), else
     * for the first heading that contains one of its names as words; a field suggested once.
     */
    public static ColumnMapping suggestedFor(List<String> headings) {
        Map<String, ImportField> suggested = new LinkedHashMap<>();
        Map<ImportField, String> taken = new EnumMap<>(ImportField.class);
        for (boolean exact : new boolean[] {true, false}) {
            for (String heading : headings) {
                if (suggested.containsKey(heading)) {
                    continue;
                }
                String said = normalise(heading);
                for (ImportField field : ImportField.values()) {
                    if (taken.containsKey(field)) {
                        continue;
                    }
                    boolean matches = exact ? field.headings().contains(said)
                            : field.headings().stream().anyMatch(name -> name.length() > 3
                                    && (" " + said + " ").contains(" " + name + " "));
                    if (matches) {
                        suggested.put(heading, field);
                        taken.put(field, heading);
                        break;
                    }
                }
            }
        }
        // In the file's order of headings.
        Map<String, ImportField> ordered = new LinkedHashMap<>();
        headings.stream().filter(suggested::containsKey).forEach(h -> ordered.put(h, suggested.get(h)));
        return new ColumnMapping(ordered);
    }

    static String normalise(String heading) {
        return FrenchValues.normalise(heading);
    }

    /** The heading mapped to {@code field}, if one is. */
    public Optional<String> headingOf(ImportField field) {
        return byHeading.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).findFirst();
    }

    /** Only the headings the file has. */
    public ColumnMapping keptTo(List<String> headings) {
        Map<String, ImportField> kept = new LinkedHashMap<>();
        byHeading.forEach((heading, field) -> {
            if (headings.contains(heading)) {
                kept.put(heading, field);
            }
        });
        return new ColumnMapping(kept);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        byHeading.forEach((heading, field) -> json.add(heading, field.name()));
        return json.build().toString();
    }

    /** The mapping a JSON object says; an unknown field name is refused. */
    public static ColumnMapping fromJson(String text) {
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        Map<String, ImportField> mapping = new LinkedHashMap<>();
        json.forEach((heading, field) -> {
            String name = ((JsonString) field).getString();
            try {
                mapping.put(heading, ImportField.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new MappingRefused("import.mapping.unknownField", name);
            }
        });
        return new ColumnMapping(mapping);
    }
}
