package org.ancrage.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.Audited;

/**
 * A member of staff who logs in. Carries its own login throttling: {@link #MAX_FAILURES} failed
 * logins within {@link #FAILURE_WINDOW} lock the account for {@link #LOCK_DURATION}.
 */
@Entity
@Table(name = "user_account")
public class UserAccount implements Serializable, Audited {

    public static final int USERNAME_LENGTH = 64;
    public static final int DISPLAY_NAME_LENGTH = 120;
    public static final int MAX_FAILURES = 10;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(5);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account")
    @SequenceGenerator(name = "user_account", sequenceName = "user_account_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Pattern(regexp = "[a-z0-9._-]+")
    @Column(name = "username", length = USERNAME_LENGTH, nullable = false)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", length = DISPLAY_NAME_LENGTH, nullable = false)
    private String displayName;

    @Email
    @Size(max = 254)
    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 256)
    private String passwordHash;

    @Column(name = "service_unit_id")
    private Long serviceUnitId;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failed_login_at")
    private Instant firstFailedLoginAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** When an administrator last lifted the login throttle: failures before it no longer count. */
    @Column(name = "unlocked_at")
    private Instant unlockedAt;

    @Column(name = "email_alerts", nullable = false)
    private boolean emailAlerts;

    /** For a funder-viewer: the funder (as programmes name it) whose programmes' figures it reads. */
    @Column(name = "funder", length = 120)
    private String funder;

    @Column(name = "preferred_locale", length = 8)
    private String preferredLocale;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Renewed when the password changes or the account is closed: sessions made under another one end. */
    @Column(name = "security_stamp", length = 36, nullable = false)
    private String securityStamp = newStamp();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", length = 32)
    private Set<String> roles = new TreeSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<String> roles) {
        // Role names are the container's run-as principals (glassfish-application.xml).
        if (Arrays.asList(Roles.ALL).contains(username)) {
            throw new IllegalArgumentException("reserved username " + username);
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
    }

    @Override
    public Set<String> auditMaskedAttributes() {
        return Set.of("passwordHash", "securityStamp");
    }

    private static String newStamp() {
        return java.util.UUID.randomUUID().toString();
    }

    /** Ends every session and cached credential of this account at their next request. */
    public void renewSecurityStamp() {
        this.securityStamp = newStamp();
    }

    public String getSecurityStamp() {
        return securityStamp;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; the tenth within the window locks the account. */
    public void recordFailedLogin(Instant now) {
        if (firstFailedLoginAt == null || now.isAfter(firstFailedLoginAt.plus(FAILURE_WINDOW))) {
            firstFailedLoginAt = now;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
            firstFailedLoginAt = null;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        firstFailedLoginAt = null;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void assignTo(Long serviceUnitId) {
        this.serviceUnitId = serviceUnitId;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void deactivate() {
        this.active = false;
        renewSecurityStamp();
    }

    /** An administrator gives a temporary password: the account is unlocked and must change it at the next login. */
    public void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
        unlock();
        renewSecurityStamp(); // the account's open sessions end: whoever holds them no longer knows the password
    }

    /** The person chose their own password: a temporary one no longer stands. */
    public void passwordChosenByOwner(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** Lifts a lock before its time (an administrator's decision) and forgets the failed logins. */
    public void unlock() {
        this.lockedUntil = null;
        this.failedLogins = 0;
        this.firstFailedLoginAt = null;
        this.unlockedAt = AssociationClock.instant();
    }

    public Instant getUnlockedAt() {
        return unlockedAt;
    }

    /**
     * Ties a funder-viewer to the funder whose programmes it reads; only a funder-viewer has one (a
     * role taken away takes the funder with it).
     */
    public void tieToFunder(String funder) {
        String named = funder == null || funder.isBlank() ? null : funder.strip();
        if (named != null && !roles.contains(Roles.FUNDER_VIEWER)) {
            throw new AccountRefused("account.funderOnlyForFunders");
        }
        this.funder = roles.contains(Roles.FUNDER_VIEWER) ? named : null;
    }

    public String getFunder() {
        return funder;
    }

    /** What an administrator edits: the name shown, the roles, the service, the e-mail and the alert digest. */
    public void edit(String displayName, Set<String> roles, Long serviceUnitId, String email, boolean emailAlerts) {
        if (!new TreeSet<>(roles).equals(new TreeSet<>(this.roles)) || !java.util.Objects.equals(serviceUnitId, this.serviceUnitId)) {
            renewSecurityStamp(); // open sessions carry the roles and service they logged in with: they end
        }
        this.displayName = displayName;
        this.roles = new TreeSet<>(roles);
        this.serviceUnitId = serviceUnitId;
        this.email = email;
        this.emailAlerts = emailAlerts;
    }

    public void setEmailAlerts(boolean emailAlerts) {
        this.emailAlerts = emailAlerts;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Long getServiceUnitId() {
        return serviceUnitId;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public boolean isEmailAlerts() {
        return emailAlerts;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public long getVersion() {
        return version;
    }
}
