package org.ancrage.api.security;

import java.time.Instant;
import org.ancrage.security.ApiKey;

/** A key as listed: never its secret, nor its hash. */
public record KeyView(long id, String name, String secretPrefix, String role, Long serviceUnitId,
        Instant expiresAt, Instant createdAt, String createdBy, Instant revokedAt, Instant lastUsedAt,
        long version) {
    static KeyView of(ApiKey k) {
        return new KeyView(k.getId(), k.getName(), k.getSecretPrefix(), k.getRole(), k.getServiceUnitId(),
                k.getExpiresAt(), k.getCreatedAt(), k.getCreatedBy(), k.getRevokedAt(), k.getLastUsedAt(),
                k.getVersion());
    }
}
