package org.ancrage.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.ancrage.system.Audited;

/**
 * One version of a letter's text as the association wrote it: a subject and a body (paragraphs
 * separated by a blank line) with placeholders such as {@code ${household}}. Never changed once
 * saved: a new text is a new version.
 */
@Entity
@Table(name = "letter_template")
public class LetterTemplate implements Serializable, Audited {

    public static final int SUBJECT_LENGTH = 300;
    public static final int BODY_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_template")
    @SequenceGenerator(name = "letter_template", sequenceName = "letter_template_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 32, nullable = false)
    private LetterKind kind;

    @Column(name = "language", length = 2, nullable = false)
    private String language;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "subject", length = SUBJECT_LENGTH, nullable = false)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "written_by", length = 100, nullable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected LetterTemplate() {
    }

    LetterTemplate(LetterKind kind, String language, int version, LetterText text, String writtenBy,
            Instant writtenAt) {
        this.kind = kind;
        this.language = language;
        this.version = version;
        this.subject = text.subject();
        this.body = text.body();
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public LetterText text() {
        return new LetterText(kind, language, version, subject, body);
    }

    public Long getId() {
        return id;
    }

    public LetterKind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public int getVersion() {
        return version;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
