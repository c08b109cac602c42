package org.ancrage.console.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.ancrage.console.Messages;
import org.ancrage.organisation.LetterKind;
import org.ancrage.organisation.LetterTemplate;
import org.ancrage.organisation.LetterTemplateService;
import org.ancrage.organisation.LetterText;
import org.ancrage.system.DomainException;

/**
 * The texts of the letters, as the association writes them: one letter and language at a time, its
 * subject and body with their placeholders, a preview with sample values, the versions written so far.
 * Saved over the version the page read: one saved meanwhile by another administrator is not
 * overwritten; a refusal is said at the field it concerns.
 */
@Named
@ViewScoped
public class LettersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB private LetterTemplateService letters;
    @Inject private Messages messages;

    private LetterKind kind = LetterKind.REMINDER_FIRST;
    private String language = "fr";
    private int readVersion;
    private String subject;
    private String body;
    private LetterText.Written preview;

    @PostConstruct
    void read() {
        LetterText text = letters.current(kind, Locale.forLanguageTag(language));
        readVersion = text.version();
        subject = text.subject();
        body = text.body();
        preview = null;
    }

    /** Another letter or language chosen: its current text. */
    public void choose() {
        read();
    }

    public void preview() {
        messages.actShowingAt(LettersBacking::fieldOf, () -> preview = letters.preview(kind, language, subject, body));
    }

    public void save() {
        messages.actShowingAt(LettersBacking::fieldOf, () -> {
            LetterTemplate saved = letters.write(kind, language, readVersion, subject, body);
            readVersion = saved.getVersion();
            preview = null;
            messages.info(null, "letters.saved", saved.getVersion());
        });
    }

    private static String fieldOf(DomainException refusal) {
        return switch (refusal.messageKey()) {
            case "letterTemplate.subject.required", "letterTemplate.subject.tooLong", "letterTemplate.subject.invalid" ->
                "letters:subject";
            case "letterTemplate.body.required", "letterTemplate.body.tooLong", "letterTemplate.body.invalid",
                    "letterTemplate.unknownPlaceholder" -> "letters:body";
            default -> null;
        };
    }

    public List<LetterKind> getKinds() {
        return List.of(LetterKind.values());
    }

    /** The placeholders the chosen letter's text may use, as they are written in it. */
    public String getPlaceholders() {
        return String.join(", ", kind.placeholders().stream().map(p -> "${" + p + "}").toList());
    }

    public List<LetterTemplate> getHistory() {
        return letters.history(kind, language);
    }

    public LetterKind getKind() {
        return kind;
    }

    public void setKind(LetterKind kind) {
        this.kind = kind;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = "en".equals(language) ? "en" : "fr";
    }

    public int getReadVersion() {
        return readVersion;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LetterText.Written getPreview() {
        return preview;
    }
}
