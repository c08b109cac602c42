package org.ancrage.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterTextTest {

    private static final Map<String, String> VALUES = LetterTemplateService.sample(LetterKind.REMINDER_FIRST);

    private static LetterText body(String body) {
        return new LetterText(LetterKind.REMINDER_FIRST, "fr", 1, "Objet : rappel pour ${household}", body);
    }

    private static String refusal(String body) {
        return assertThrows(AssociationRefused.class, () -> body(body).write(VALUES)).messageKey();
    }

    @Test
    void theFieldsAreFilledInAndABlankLineEndsAParagraph() {
        LetterText.Written written = body("Il reste ${owed}\ndepuis le ${unpaidSince}.\n\n  \n\nMerci.").write(VALUES);
        assertEquals("Objet : rappel pour MARTIN Awa", written.subject());
        assertEquals(List.of("Il reste 660,00 €\ndepuis le 01/10/2026.", "Merci."), written.paragraphs());
    }

    @Test
    void aTextReachesNothingButItsValues() {
        assertEquals("letterTemplate.unknownPlaceholder", refusal("Bonjour ${nom}"));
        assertEquals("letterTemplate.body.invalid", refusal("Bonjour ${household"));
        assertEquals("letterTemplate.body.invalid",
                refusal("<#assign run = \"freemarker.template.utility.Execute\"?new()>Bonjour"));
        assertEquals("letterTemplate.body.invalid", refusal("${owed?api.getClass()}"));
        assertEquals("letterTemplate.body.invalid", refusal("<#include \"/etc/passwd\">"));
    }

    @Test
    void everyShippedTextReadsWithItsLettersFields() {
        for (LetterKind kind : LetterKind.values()) {
            for (String language : List.of("fr", "en")) {
                LetterText shipped = LetterText.shipped(kind, language);
                assertEquals(0, shipped.version());
                shipped.write(LetterTemplateService.sample(kind));
            }
        }
    }
}
