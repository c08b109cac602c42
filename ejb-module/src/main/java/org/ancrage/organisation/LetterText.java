package org.ancrage.organisation;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's text, subject and body, with placeholders ({@code ${household}}) filled in by Apache
 * FreeMarker — set so that a text reaches nothing but the values given: no Java class, no API, no
 * other file. Version 0 is the text shipped with Ancrage ({@code letters/KIND.language.txt}: the subject
 * on the first line, then the body after a blank line).
 */
public record LetterText(LetterKind kind, String language, int version, String subject, String body) {

    /** A letter's text once filled in: its subject and its paragraphs. */
    public record Written(String subject, List<String> paragraphs) {
    }

    private static final Configuration FREEMARKER = freemarker();

    private static Configuration freemarker() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(Locale.FRENCH);
        return configuration;
    }

    /** The language a letter is written in for a reader: English for an English reader, French otherwise. */
    public static String languageOf(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "fr";
    }

    /** The text shipped with Ancrage for {@code kind} in {@code language}. */
    public static LetterText shipped(LetterKind kind, String language) {
        String file = "letters/" + kind.name() + "." + language + ".txt";
        try (InputStream in = LetterText.class.getResourceAsStream(file)) {
            String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R", 2);
            return new LetterText(kind, language, 0, parts[0].strip(), parts[1].strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** How a generated document names the text it was written from: {@code REMINDER_LAST fr v3}. */
    public String label() {
        return kind.name() + " " + language + " v" + version;
    }

    /**
     * The text filled in with {@code values}.
     *
     * @throws AssociationRefused a text that does not read (a placeholder not closed, one that is not
     *         among the letter's, anything beyond placing values), with where and why
     */
    public Written write(Map<String, String> values) {
        String filledSubject = fill("subject", subject, values);
        List<String> paragraphs = Arrays.stream(fill("body", body, values).split("\\R\\s*\\R"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new Written(filledSubject, paragraphs);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private String fill(String part, String text, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (!kind.placeholders().contains(placeholder.group(1))) {
                throw new AssociationRefused("letterTemplate.unknownPlaceholder", placeholder.group(1),
                        String.join(", ", kind.placeholders()));
            }
        }
        try {
            Template template = new Template(kind.name() + "." + part, text, FREEMARKER);
            StringWriter out = new StringWriter();
            template.process(values, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new AssociationRefused("letterTemplate." + part + ".invalid", e.getLineNumber() == null ? 1
                    : e.getLineNumber(), firstLine(e.getMessageWithoutStackTop()));
        } catch (freemarker.core.ParseException e) {
            throw new AssociationRefused("letterTemplate." + part + ".invalid", e.getLineNumber(),
                    firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().split("\\R", 2)[0];
    }
}
