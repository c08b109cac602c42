package org.ancrage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ancrage.api.contacts.ContactResource;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI filter describes the bodies and views of every resource of the API: a resource added
 * without being listed would be left as Payara's scanner says (enums as objects, nothing required).
 */
class OpenApiPrecisionTest {

    @Test
    void everyResourceOfTheApiIsListed() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get("target/classes/org/ancrage/api");
        Set<String> resources = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")
                    && !f.getFileName().toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName("org.ancrage.api." + name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(name);
                }
            }
        }
        assertTrue(resources.contains("contacts.ContactResource"), resources.toString());
        assertEquals(resources, new TreeSet<>(OpenApiPrecision.RESOURCES));
    }

    @Test
    void theTypesOfBodiesAndViewsAreFoundWithTheEnumsTheyHold() {
        var described = OpenApiPrecision.described();
        assertEquals(ContactResource.NewContact.class, described.get("NewContact"));
        assertTrue(described.get("ContactType").isEnum(), described.keySet().toString());
    }
}
