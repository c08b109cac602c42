package org.ancrage.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.NotFoundException;

/** Staff accounts: the login check behind the identity store, and their administration. */
@Stateless
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final PasswordHasher HASHER = new PasswordHasher();
    // Compared against when the user does not exist, so both paths cost the same time.
    private static final String DUMMY_HASH = HASHER.hash("not-a-password".toCharArray());

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /**
     * Checks a login. Counts failures (ten in five minutes lock the account), and rehashes a
     * password stored with fewer iterations than today's.
     */
    @PermitAll
    public LoginOutcome authenticate(String username, char[] password) {
        Instant now = clock.instant();
        Optional<UserAccount> found = findByUsername(username);
        if (found.isEmpty() || !found.get().isActive()) {
            HASHER.verify(password, DUMMY_HASH);
            return LoginOutcome.invalid();
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            return LoginOutcome.locked(account.getUsername());
        }
        if (!HASHER.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            if (account.isLocked(now)) {
                LOG.warning(() -> "Account locked after repeated failed logins: " + account.getUsername());
                return LoginOutcome.locked(account.getUsername());
            }
            return LoginOutcome.invalid();
        }
        if (HASHER.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(HASHER.hash(password));
        }
        account.recordSuccessfulLogin(now);
        return new LoginOutcome(LoginOutcome.Status.SUCCESS, account.getUsername(), account.getDisplayName(),
                Set.copyOf(account.getRoles()));
    }

    /** Whether the login page should say "locked" rather than "wrong password". */
    @PermitAll
    public boolean isLocked(String username) {
        return findByUsername(username).map(a -> a.isLocked(clock.instant())).orElse(false);
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
        Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER})
    public Optional<UserAccount> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select u from UserAccount u where lower(u.username) = lower(:username)",
                        UserAccount.class)
                .setParameter("username", username.trim())
                .getResultStream().findFirst();
    }

    /** A member of staff as a choice in a form (a referent to name, say). */
    public record StaffMember(long id, String displayName, Long serviceUnitId) {
    }

    /** The active social workers, those of one service first when {@code serviceUnitId} is given. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR})
    public List<StaffMember> socialWorkers(Long serviceUnitId) {
        return em.createQuery("select u from UserAccount u join u.roles r where r = :role and u.active = true"
                        + " order by u.displayName", UserAccount.class)
                .setParameter("role", Roles.SOCIAL_WORKER).getResultList().stream()
                .map(u -> new StaffMember(u.getId(), u.getDisplayName(), u.getServiceUnitId()))
                .sorted((a, b) -> Boolean.compare(!java.util.Objects.equals(a.serviceUnitId(), serviceUnitId),
                        !java.util.Objects.equals(b.serviceUnitId(), serviceUnitId)))
                .toList();
    }

    /**
     * The caller changes their own password: {@code username} must be the caller's, the current
     * password must be right (a wrong one counts as a failed login), the new one must pass the
     * policy and differ from the current one. The change is audited like any account change, the
     * hash masked.
     *
     * @throws AccountRefused when {@code username} is not the caller or the new password is the current one
     * @throws WrongCurrentPassword when the current password is wrong (or the account is locked)
     * @throws PasswordPolicy.PasswordRefused when the new password breaks the policy
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
        Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER})
    public void changePassword(String username, char[] currentPassword, char[] newPassword) {
        String caller = context.getCallerPrincipal().getName();
        if (username == null || !caller.equalsIgnoreCase(username.trim())) {
            throw new AccountRefused("account.password.notYours");
        }
        UserAccount account = findByUsername(caller).filter(UserAccount::isActive)
                .orElseThrow(() -> new AccountRefused("account.password.notYours"));
        Instant now = clock.instant();
        if (account.isLocked(now)) {
            throw new WrongCurrentPassword();
        }
        if (currentPassword == null || !HASHER.verify(currentPassword, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            throw new WrongCurrentPassword();
        }
        PasswordPolicy.check(account.getUsername(), newPassword);
        if (HASHER.verify(newPassword, account.getPasswordHash())) {
            throw new AccountRefused("account.password.unchanged");
        }
        account.passwordChosenByOwner(HASHER.hash(newPassword));
        LOG.info(() -> "Password changed by its owner: " + account.getUsername());
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<UserAccount> listAccounts() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    /** Creates an account; the password is hashed here and never stored in clear. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public UserAccount createAccount(String username, String displayName, char[] password, Set<String> roles,
            Long serviceUnitId) {
        if (username == null || Arrays.stream(Roles.ALL).anyMatch(username.trim()::equalsIgnoreCase)) {
            throw new AccountRefused("account.usernameReserved", username);
        }
        if (findByUsername(username).isPresent()) {
            throw new AccountRefused("account.usernameTaken", username.trim());
        }
        if (roles == null || roles.isEmpty()) {
            throw new AccountRefused("account.noRole");
        }
        PasswordPolicy.check(username, password);
        UserAccount account = new UserAccount(username.trim(), displayName, HASHER.hash(password), roles);
        account.assignTo(serviceUnitId);
        em.persist(account);
        return account;
    }

    /** Closes an account (it can no longer log in; its history stays), unless changed meanwhile. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public UserAccount deactivateAccount(long id, long readVersion) {
        UserAccount account = Optional.ofNullable(em.find(UserAccount.class, id))
                .orElseThrow(() -> new NotFoundException("UserAccount", id));
        ConcurrentEditException.unlessUnchanged("UserAccount", account.getVersion(), readVersion);
        account.deactivate();
        return account;
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public boolean anyAdministrator() {
        return !em.createQuery("select u.id from UserAccount u join u.roles r where r = :role", Long.class)
                .setParameter("role", Roles.ADMINISTRATOR).setMaxResults(1).getResultList().isEmpty();
    }

    // Account administration (list, create with e-mail, edit, reset, unlock), beside the login above.

    /** What an administrator gives a new account, or changes of one. */
    public record AccountDetails(String displayName, Set<String> roles, Long serviceUnitId, String email,
            boolean emailAlerts) {
    }

    /** One account, for the administrators. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public UserAccount getAccount(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id))
                .orElseThrow(() -> new NotFoundException("UserAccount", id));
    }

    /** Creates an account with its e-mail (used by the alert digest); the password is hashed here. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public UserAccount createAccount(String username, char[] password, AccountDetails details) {
        checkRoles(details.roles());
        if (details.emailAlerts() && blankToNull(details.email()) == null) {
            throw new AccountRefused("account.emailRequiredForAlerts");
        }
        UserAccount account = createAccount(username, details.displayName(), password, details.roles(),
                details.serviceUnitId());
        account.edit(details.displayName(), details.roles(), details.serviceUnitId(), blankToNull(details.email()),
                details.emailAlerts());
        return account;
    }

    /**
     * Changes an account's name, roles, service and e-mail, on the version read. The last active
     * administrator keeps the role, or nobody could administer the association any more.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public UserAccount editAccount(long id, long readVersion, AccountDetails details) {
        UserAccount account = current(id, readVersion);
        checkRoles(details.roles());
        if (details.displayName() == null || details.displayName().isBlank()) {
            throw new AccountRefused("account.displayNameRequired");
        }
        if (account.getRoles().contains(Roles.ADMINISTRATOR) && !details.roles().contains(Roles.ADMINISTRATOR)
                && account.isActive() && activeAdministrators() <= 1) {
            throw new AccountRefused("account.lastAdministrator");
        }
        if (details.emailAlerts() && blankToNull(details.email()) == null) {
            throw new AccountRefused("account.emailRequiredForAlerts");
        }
        account.edit(details.displayName().strip(), details.roles(), details.serviceUnitId(),
                blankToNull(details.email()), details.emailAlerts());
        LOG.info(() -> "Account edited by " + context.getCallerPrincipal().getName() + ": " + account.getUsername());
        return account;
    }

    /**
     * Gives the account a temporary password, which its owner must change at the next login; the
     * account is unlocked. The password must pass the policy like any other.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public UserAccount resetPassword(long id, long readVersion, char[] temporaryPassword) {
        UserAccount account = current(id, readVersion);
        if (!account.isActive()) {
            throw new AccountRefused("account.closed", account.getUsername());
        }
        PasswordPolicy.check(account.getUsername(), temporaryPassword);
        account.resetPassword(HASHER.hash(temporaryPassword));
        LOG.info(() -> "Password reset by " + context.getCallerPrincipal().getName() + ": " + account.getUsername());
        return account;
    }

    /** Lifts the lock that failed logins put on an account. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public UserAccount unlockAccount(long id, long readVersion) {
        UserAccount account = current(id, readVersion);
        account.unlock();
        LOG.info(() -> "Account unlocked by " + context.getCallerPrincipal().getName() + ": " + account.getUsername());
        return account;
    }

    /** Whether the caller logged in with a temporary password and must choose their own first. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER,
        Roles.RENTAL_MANAGER, Roles.FUNDER_VIEWER})
    public boolean callerMustChangePassword() {
        return findByUsername(context.getCallerPrincipal().getName()).map(UserAccount::isMustChangePassword)
                .orElse(false);
    }

    /** Whether the account is locked now, and the instant the lock ends (null when it is not locked). */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Instant lockedUntil(UserAccount account) {
        return account.isLocked(clock.instant()) ? account.getLockedUntil() : null;
    }

    private UserAccount current(long id, long readVersion) {
        UserAccount account = getAccount(id);
        ConcurrentEditException.unlessUnchanged("UserAccount", account.getVersion(), readVersion);
        return account;
    }

    private static void checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountRefused("account.noRole");
        }
        for (String role : roles) {
            if (!Arrays.asList(Roles.ALL).contains(role)) {
                throw new AccountRefused("account.unknownRole", role);
            }
        }
    }

    private long activeAdministrators() {
        return em.createQuery("select count(u) from UserAccount u join u.roles r where r = :role and u.active = true",
                Long.class).setParameter("role", Roles.ADMINISTRATOR).getSingleResult();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
