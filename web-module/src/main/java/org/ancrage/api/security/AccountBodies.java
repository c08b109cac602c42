package org.ancrage.api.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.ancrage.security.AccountService;
import org.ancrage.security.UserAccount;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What administrators send about accounts. */
public final class AccountBodies {

    /** One role name, as {@link org.ancrage.security.Roles} spells it. */
    static final String ROLE = "administrator|director|coordinator|social-worker|rental-manager|funder-viewer";

    private AccountBodies() {
    }

    /** What may change of an account: its name, roles, service and e-mail. */
    @Schema(name = "AccountChanges")
    public static class Changes {
        @NotBlank @Size(max = UserAccount.DISPLAY_NAME_LENGTH)
        @Schema(required = true, example = "Camille Martin") public String displayName;
        @NotEmpty @Size(max = 6)
        @Schema(required = true, example = "[\"social-worker\"]")
        public Set<@NotNull @Pattern(regexp = ROLE) String> roles;
        @Schema(example = "1") public Long serviceUnitId;
        @Email @Size(max = 254) @Schema(format = "email", example = "camille.martin@example.org") public String email;
        @Schema(description = "Mail the alerts as a digest (needs an e-mail)") public boolean emailAlerts;
        @Size(max = 120)
        @Schema(description = "A funder-viewer's funder, as programmes name it: the account reads that funder's"
                + " programmes only (none: no programme)", example = "CAF")
        public String funder;

        AccountService.AccountDetails details() {
            return new AccountService.AccountDetails(displayName, roles, serviceUnitId, email, emailAlerts, funder);
        }
    }

    /** A new account: its login and first password, besides the rest. */
    @Schema(name = "NewAccount")
    public static class NewAccount extends Changes {
        @NotBlank @Size(max = UserAccount.USERNAME_LENGTH) @Pattern(regexp = "[a-z0-9._-]+")
        @Schema(required = true, example = "camille.martin") public String username;
        @NotBlank @Size(max = 128)
        @Schema(required = true, description = "12 to 128 characters, not built on the username") public String password;
    }

    /** Changes sent with the version read. */
    @Schema(name = "AccountEdit")
    public static class Edit extends Changes {
        @NotNull @Schema(required = true, example = "3") public Long version;
    }

    /** A temporary password, to be changed at the next login. */
    @Schema(name = "PasswordReset")
    public static class Reset {
        @NotNull @Schema(required = true, example = "3") public Long version;
        @NotBlank @Size(max = 128)
        @Schema(required = true, description = "The temporary password (12 to 128 characters)")
        public String temporaryPassword;
    }

    /** A change of state (unlock, close) on the version read. */
    @Schema(name = "AccountVersion")
    public static class Version {
        @NotNull @Schema(required = true, example = "3") public Long version;
    }
}
