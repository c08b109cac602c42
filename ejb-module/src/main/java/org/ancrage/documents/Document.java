package org.ancrage.documents;

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
 * A document of a household's file (an orientation form, a bilan, a lease…). Its bytes are
 * stored outside the web root under a name made from its id; only these metadata are in the
 * database.
 */
@Entity
@Table(name = "document")
public class Document implements Serializable, Audited {

    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document")
    @SequenceGenerator(name = "document", sequenceName = "document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "household_id", nullable = false)
    private Long householdId;

    @Column(name = "referral_id")
    private Long referralId;

    @Column(name = "file_name", length = NAME_LENGTH, nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false)
    private DocumentKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    /** The login of who added it (a person, an API key or a job); null for documents older than the column. */
    @Column(name = "added_by", length = 64)
    private String addedBy;

    /** A paper Ancrage generated from the file (a rent receipt…), not a file someone uploaded. */
    @Column(name = "generated", nullable = false)
    private boolean generated;

    @Column(name = "template", length = 40)
    private String template;

    protected Document() {
    }

    Document(Long householdId, Long referralId, String fileName, DocumentKind kind, long size, String sha256,
            Instant addedAt, String addedBy, boolean generated) {
        this.householdId = householdId;
        this.referralId = referralId;
        this.fileName = fileName;
        this.kind = kind;
        this.size = size;
        this.sha256 = sha256;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
        this.generated = generated;
    }

    @Override
    public Long auditHouseholdId() {
        return householdId;
    }

    public Long getId() {
        return id;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public Long getReferralId() {
        return referralId;
    }

    public String getFileName() {
        return fileName;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }

    /** The text a generated letter was written from ({@code REMINDER_LAST fr v3}); null for other papers. */
    public String getTemplate() {
        return template;
    }

    void writtenFrom(String template) {
        this.template = template;
    }

    public boolean isGenerated() {
        return generated;
    }
}
