package org.ancrage.referrals;

import static org.ancrage.system.PaperText.date;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.ancrage.organisation.Issuer;
import org.ancrage.organisation.Letter;
import org.ancrage.organisation.LetterKind;
import org.ancrage.organisation.LetterText;
import org.ancrage.system.PaperText;

/**
 * The letter telling a household the decision on its referral: admitted (when its support begins) or
 * refused (with the reason, and that the orienting body is told), on the association's letterhead,
 * addressed to the household, the orienting body's reference recalled. Texts: {@code letter.*}.
 */
public final class DecisionLetterPdf {

    /** What the letter says, read by the service; {@code start} only for an admission. */
    public record Facts(Issuer issuer, String household, String address, String programme, Referral referral,
            LocalDate start, LocalDate madeOn) {
    }

    private DecisionLetterPdf() {
    }

    /** The kind of letter a decided referral gets. */
    static LetterKind kindOf(Referral referral) {
        return referral.getStatus() == ReferralStatus.ADMITTED ? LetterKind.ADMISSION : LetterKind.REFUSAL;
    }

    /** The letter written from {@code text}, the association's text of the letter in the reader's language. */
    public static byte[] render(Facts facts, LetterText text, Locale locale) {
        Locale language = PaperText.language(locale);
        Referral referral = facts.referral();
        Map<String, String> values = new HashMap<>();
        values.put("household", facts.household());
        values.put("programme", facts.programme());
        values.put("receivedOn", date(referral.getReceivedOn(), language));
        values.put("orientingBody", referral.getOrientingBody() == null ? "—"
                : PaperText.text("letter.OrientingBody." + referral.getOrientingBody().name(), language));
        values.put("reference", referral.getOrientingReference() == null ? "" : referral.getOrientingReference());
        values.put("start", date(facts.start(), language));
        values.put("reason", referral.getDecisionReason() == null ? "—" : referral.getDecisionReason());
        LetterText.Written written = text.write(values);
        return new Letter(facts.issuer(), facts.household(), facts.address(), facts.madeOn(), written.subject())
                .render(language, Letter.paragraphs(written.paragraphs()));
    }

    /** "lettre-admission-2026-02-01.pdf", "lettre-refus-2026-02-01.pdf". */
    static String fileName(Referral referral) {
        return (referral.getStatus() == ReferralStatus.ADMITTED ? "lettre-admission-" : "lettre-refus-")
                + referral.getDecidedOn() + ".pdf";
    }
}
