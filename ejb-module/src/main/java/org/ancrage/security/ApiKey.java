package org.ancrage.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.ancrage.system.Audited;

/**
 * A credential for one of the association's other systems: named, one role, one service (need to
 * know applies as for a member of that service) or, for a funder-viewer, one funder (it reads that
 * funder's programmes, as a funder's account does), an expiry, revocable. Only the SHA-256 of its
 * secret is kept (the secret itself is shown once): the secret is 256 random bits, so a fast hash
 * is enough and a lookup by hash is all it costs to check it.
 */
@Entity
@Table(name = "api_key")
public class ApiKey implements Serializable, Audited {

    public static final int NAME_LENGTH = 80;
    /** The caller name of a request made with a key: never a user name (they cannot hold ':'). */
    public static final String PRINCIPAL_PREFIX = "apikey:";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key")
    @SequenceGenerator(name = "api_key", sequenceName = "api_key_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", length = NAME_LENGTH, nullable = false)
    private String name;

    @Column(name = "secret_hash", length = 64, nullable = false)
    private String secretHash;

    @Column(name = "secret_prefix", length = 16, nullable = false)
    private String secretPrefix;

    @Column(name = "role", length = 32, nullable = false)
    private String role;

    @Column(name = "service_unit_id")
    private Long serviceUnitId;

    /** For a funder-viewer key: the funder (as programmes name it) whose programmes' figures it reads. */
    @Column(name = "funder", length = 120)
    private String funder;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 64, nullable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected ApiKey() {
    }

    ApiKey(String name, String secretHash, String secretPrefix, String role, Long serviceUnitId, String funder,
            Instant expiresAt, Instant createdAt, String createdBy) {
        if (funder != null && !Roles.FUNDER_VIEWER.equals(role)) {
            throw new ApiKeyRefused("apikey.funderOnlyForFunders");
        }
        if (funder == null && Roles.FUNDER_VIEWER.equals(role)) {
            throw new ApiKeyRefused("apikey.funderNeeded");
        }
        this.name = name;
        this.secretHash = secretHash;
        this.secretPrefix = secretPrefix;
        this.role = role;
        this.serviceUnitId = serviceUnitId;
        this.funder = funder;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    @Override
    public Set<String> auditMaskedAttributes() {
        return Set.of("secretHash");
    }

    /** Whether the key may be used at {@code now}. */
    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now, String by) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public String principalName() {
        return PRINCIPAL_PREFIX + id;
    }

    /** The key a caller name stands for, if it is a key's ({@link #principalName()}). */
    public static Optional<Long> idOf(String principalName) {
        if (principalName == null || !principalName.startsWith(PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principalName.substring(PRINCIPAL_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSecretPrefix() {
        return secretPrefix;
    }

    public String getRole() {
        return role;
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }

    public String getFunder() {
        return funder;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public long getVersion() {
        return version;
    }
}
