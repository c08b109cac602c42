package org.ancrage.api.security;

import java.time.Instant;
import java.util.List;
import org.ancrage.security.Roles;
import org.ancrage.security.UserAccount;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff account as administrators read it: never its password, but whether it is locked and until when. */
@Schema(name = "Account", description = "A staff account (administrators only)")
public record AccountView(
        @Schema(required = true, example = "12") Long id,
        @Schema(required = true, example = "travailleur") String username,
        @Schema(required = true, example = "Camille Martin") String displayName,
        @Schema(format = "email", example = "camille.martin@example.org",
                description = "Where the alert digest is sent") String email,
        @Schema(required = true, description = "Whether the alerts are mailed as a digest") boolean emailAlerts,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class,
                enumeration = {Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
                    Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER}) List<String> roles,
        @Schema(description = "The service the account works for (none: every service or none)") Long serviceUnitId,
        @Schema(description = "A funder-viewer's funder, whose programmes it reads", example = "CAF") String funder,
        @Schema(required = true, description = "false once closed") boolean active,
        @Schema(required = true, description = "Locked by failed logins now") boolean locked,
        @Schema(format = "date-time", description = "When the lock ends, if locked") Instant lockedUntil,
        @Schema(required = true, description = "A temporary password must be changed at the next login")
        boolean mustChangePassword,
        @Schema(format = "date-time") Instant lastLoginAt,
        @Schema(required = true, description = "Send it back with any change", example = "3") long version) {

    static AccountView of(UserAccount a, Instant lockedUntil) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.isEmailAlerts(),
                List.copyOf(a.getRoles()), a.getServiceUnitId(), a.getFunder(), a.isActive(), lockedUntil != null, lockedUntil,
                a.isMustChangePassword(), a.getLastLoginAt(), a.getVersion());
    }
}
