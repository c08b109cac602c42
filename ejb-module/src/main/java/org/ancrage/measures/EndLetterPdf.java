package org.ancrage.measures;

import static org.ancrage.system.PaperText.date;
import static org.ancrage.system.PaperText.text;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.ancrage.organisation.Issuer;
import org.ancrage.organisation.Letter;
import org.ancrage.organisation.LetterText;
import org.ancrage.system.PaperText;

/**
 * The letter telling the household its support has ended: when it began and ended, why, where the
 * household lives now, written from the association's text ({@link LetterText}, kind MEASURE_END).
 */
final class EndLetterPdf {

    /** What the letter says, read by the service. */
    record Facts(Issuer issuer, String household, String address, String programme, Measure measure, String referent,
            LocalDate madeOn) {
    }

    private EndLetterPdf() {
    }

    static byte[] render(Facts facts, LetterText text, Locale locale) {
        Locale language = PaperText.language(locale);
        Measure measure = facts.measure();
        LetterText.Written written = text.write(Map.of("household", facts.household(), "programme", facts.programme(),
                "start", date(measure.getStart(), language), "end", date(measure.getEndDate(), language), "reason",
                text("letter.EndReason." + measure.getEndReason().name(), language), "outcome",
                text("letter.HousingOutcome." + measure.getHousingOutcome().name(), language), "referent",
                facts.referent()));
        return new Letter(facts.issuer(), facts.household(), facts.address(), facts.madeOn(), written.subject())
                .render(language, Letter.paragraphs(written.paragraphs()));
    }

    /** "lettre-fin-accompagnement-2026-11-30.pdf". */
    static String fileName(Measure measure) {
        return "lettre-fin-accompagnement-" + measure.getEndDate() + ".pdf";
    }
}
