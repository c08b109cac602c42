package org.ancrage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console shows a business refusal one way: a backing bean runs its action through
 * {@link Messages#act(String, Messages.Action)} (or the household file's {@code act}), and only
 * {@link Messages} turns a {@code DomainException} into a message. A bean catching one itself would
 * be a second way, with its own idea of where the message goes and whether the dialog stays open.
 */
class RefusalsAreShownOneWayTest {

    private static final Path CONSOLE = Path.of("src/main/java/org/ancrage/console");
    private static final Pattern CATCH = Pattern.compile("catch\\s*\\(([^)]*\\|\\s*)?DomainException\\b");

    @Test
    void onlyMessagesCatchesARefusal() throws IOException {
        Set<String> catching = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(CONSOLE)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (CATCH.matcher(Files.readString(source, StandardCharsets.UTF_8)).find()) {
                    catching.add(CONSOLE.relativize(source).toString());
                }
            }
        }
        assertEquals(Set.of("Messages.java"), catching, "classes of the console that catch a DomainException");
    }
}
