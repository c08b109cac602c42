package org.ancrage.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every text the console shows exists in French and in English: both bundles of each family hold
 * the same keys, and every key a page names literally ({@code i18n['…']}) is in the console's
 * bundle. A key missing in one language would show as {@code ???key???} to its readers.
 */
class BundlesAreCompleteTest {

    private static final Path CONSOLE = Path.of("src/main/resources/org/ancrage/console");
    private static final Path MESSAGES = Path.of("../ejb-module/src/main/resources/org/ancrage");
    private static final Path PAGES = Path.of("src/main/webapp");

    @ParameterizedTest
    @ValueSource(strings = {"console", "messages", "housing-messages", "reporting-messages", "rent-papers"})
    void frenchAndEnglishHoldTheSameKeys(String family) throws IOException {
        Path folder = family.equals("console") ? CONSOLE : MESSAGES;
        Set<String> french = keys(folder.resolve(family + ".properties"));
        Set<String> english = keys(folder.resolve(family + "_en.properties"));
        Set<String> onlyFrench = new TreeSet<>(french);
        onlyFrench.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(french);
        assertEquals(Set.of(), onlyFrench, family + ": keys with no English text");
        assertEquals(Set.of(), onlyEnglish, family + ": keys with no French text");
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Set<String> known = keys(CONSOLE.resolve("console.properties"));
        Pattern literal = Pattern.compile("i18n\\['([A-Za-z0-9_.\\-]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher key = literal.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (key.find()) {
                    if (!known.contains(key.group(1))) {
                        missing.add(key.group(1) + " (" + PAGES.relativize(page) + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "keys named by pages but absent from console.properties");
        assertTrue(known.size() > 100, "the console bundle was read");
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
