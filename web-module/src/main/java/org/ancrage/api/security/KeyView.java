package org.ancrage.api.security;

import java.time.Instant;
import org.ancrage.security.ApiKey;
import org.ancrage.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key as listed: never its secret, nor its hash. */
public record KeyView(long id, String name, String secretPrefix,
        @Schema(enumeration = {Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
            Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER}) String role,
        Long serviceUnitId, @Schema(description = "A funder-viewer key's funder, whose programmes it reads") String funder,
        Instant expiresAt, Instant createdAt, String createdBy, Instant revokedAt, Instant lastUsedAt,
        long version) {
    static KeyView of(ApiKey k) {
        return new KeyView(k.getId(), k.getName(), k.getSecretPrefix(), k.getRole(), k.getServiceUnitId(), k.getFunder(),
                k.getExpiresAt(), k.getCreatedAt(), k.getCreatedBy(), k.getRevokedAt(), k.getLastUsedAt(),
                k.getVersion());
    }
}
