package org.ancrage.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;

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

    @jakarta.ejb.EJB
    private SecurityStamps stamps;


    /** A login checked in the container (tests, tools): counted as from the local address. */
    @PermitAll
    public LoginOutcome authenticate(String username, char[] password) {
        return authenticate(username, password, null, LoginEvent.Door.CONSOLE);
    }

    /**
     * Checks a login from {@code address}, recording it as a {@link LoginEvent} (success or
     * failure). Refused without checking the password while {@link LoginThrottle} says so for this
     * user name and address. An unknown, closed or locked account costs the same password hash as a
     * real one and gets the same answers. A password stored with fewer iterations than today's is
     * rehashed. Never an UPDATE of the account otherwise: any number of logins may run at once.
     */
    @PermitAll
    public LoginOutcome authenticate(String username, char[] password, String address, LoginEvent.Door door) {
        Instant now = AssociationClock.instant();
        String name = typedName(username);
        String from = address(address);
        if (throttled(name, from, now)) {
            return LoginOutcome.locked();
        }
        Optional<UserAccount> found = findByUsername(name);
        if (found.isEmpty() || !found.get().isActive() || found.get().isLocked(now)) {
            HASHER.verify(password == null ? new char[0] : password, DUMMY_HASH);
            return failed(name, null, from, door, now);
        }
        UserAccount account = found.get();
        if (password == null || !HASHER.verify(password, account.getPasswordHash())) {
            return failed(name, account.getId(), from, door, now);
        }
        if (HASHER.needsRehash(account.getPasswordHash())) {
            // A bulk update: no version bump, and two logins rehashing at once both succeed.
            em.createQuery("update UserAccount u set u.passwordHash = :stronger where u.id = :id and u.passwordHash = :weaker")
                    .setParameter("stronger", HASHER.hash(password)).setParameter("id", account.getId())
                    .setParameter("weaker", account.getPasswordHash()).executeUpdate();
        }
        em.persist(new LoginEvent(now, name, account.getId(), from, door, true));
        return new LoginOutcome(LoginOutcome.Status.SUCCESS, account.getUsername(), account.getDisplayName(),
                Set.copyOf(account.getRoles()), account.getSecurityStamp());
    }

    private LoginOutcome failed(String name, Long accountId, String from, LoginEvent.Door door, Instant now) {
        em.persist(new LoginEvent(now, name, accountId, from, door, false));
        em.flush();
        if (throttled(name, from, now)) {
            LOG.warning(() -> "Logins refused for a while after repeated failures: " + name + " from " + from);
            return LoginOutcome.locked();
        }
        return LoginOutcome.invalid();
    }

    /** Whether {@link LoginThrottle} refuses attempts for this user name from this address now. */
    private boolean throttled(String name, String from, Instant now) {
        long ofUser = failuresCounted(name, from, now);
        long ofAddress = ofUser >= LoginThrottle.PER_USER_AND_ADDRESS ? 0
                : em.createQuery("select count(e) from LoginEvent e where e.address = :from"
                        + " and e.success = false and e.at > :since", Long.class)
                .setParameter("from", from).setParameter("since", now.minus(LoginThrottle.WINDOW)).getSingleResult();
        return LoginThrottle.refuses(ofUser, ofAddress);
    }

    /**
     * The failures of this user name from this address that count now: within the window, since the
     * last success from there, and since an administrator last unlocked the account.
     */
    private long failuresCounted(String name, String from, Instant now) {
        Instant since = now.minus(LoginThrottle.WINDOW);
        Instant lastSuccess = em.createQuery("select max(e.at) from LoginEvent e where e.username = :name"
                        + " and e.address = :from and e.success = true and e.at > :since", Instant.class)
                .setParameter("name", name).setParameter("from", from).setParameter("since", since)
                .getSingleResult();
        Instant unlocked = em.createQuery("select u.unlockedAt from UserAccount u where u.username = :name", Instant.class)
                .setParameter("name", name).getResultStream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        for (Instant later : new Instant[] {lastSuccess, unlocked}) {
            if (later != null && later.isAfter(since)) {
                since = later;
            }
        }
        return em.createQuery("select count(e) from LoginEvent e where e.username = :name"
                        + " and e.address = :from and e.success = false and e.at > :since", Long.class)
                .setParameter("name", name).setParameter("from", from).setParameter("since", since)
                .getSingleResult();
    }

    /** The user name as recorded in login events: trimmed, lower case, cut to the column. */
    private static String typedName(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return name.length() > UserAccount.USERNAME_LENGTH ? name.substring(0, UserAccount.USERNAME_LENGTH) : name;
    }

    private static String address(String address) {
        String from = address == null || address.isBlank() ? "local" : address.trim();
        return from.length() > LoginEvent.ADDRESS_LENGTH ? from.substring(0, LoginEvent.ADDRESS_LENGTH) : from;
    }

    /** Whether the login page should say "too many attempts" (for this name from the local address). */
    @PermitAll
    public boolean isLocked(String username) {
        return isLocked(username, null);
    }

    /** Whether logins of this user name from this address are refused for now (said alike for unknown names). */
    @PermitAll
    public boolean isLocked(String username, String address) {
        return throttled(typedName(username), address(address), AssociationClock.instant());
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
        Instant now = AssociationClock.instant();
        String from = address(null);
        if (account.isLocked(now) || throttled(typedName(caller), from, now)) {
            throw new WrongCurrentPassword();
        }
        if (currentPassword == null || !HASHER.verify(currentPassword, account.getPasswordHash())) {
            em.persist(new LoginEvent(now, typedName(caller), account.getId(), from, LoginEvent.Door.PASSWORD_CHANGE,
                    false));
            throw new WrongCurrentPassword();
        }
        PasswordPolicy.check(account.getUsername(), newPassword);
        if (HASHER.verify(newPassword, account.getPasswordHash())) {
            throw new AccountRefused("account.password.unchanged");
        }
        account.passwordChosenByOwner(HASHER.hash(newPassword));
        // The account's other sessions and cached API credentials end at their next request.
        account.renewSecurityStamp();
        stamps.forget(account.getUsername());
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
        UserAccount account = Entities.require(em, UserAccount.class, id);
        ConcurrentEditException.unlessUnchanged(UserAccount.class, account.getVersion(), readVersion);
        account.deactivate();
        stamps.forget(account.getUsername());
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
            boolean emailAlerts, String funder) {

        /** An account that is not a funder's. */
        public AccountDetails(String displayName, Set<String> roles, Long serviceUnitId, String email,
                boolean emailAlerts) {
            this(displayName, roles, serviceUnitId, email, emailAlerts, null);
        }
    }

    /** One account, for the administrators. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public UserAccount getAccount(long id) {
        return Entities.require(em, UserAccount.class, id);
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
        account.tieToFunder(knownFunder(em, details.funder()));
        return account;
    }

    /**
     * A funder named as one of the programmes names it (ProgrammeService.funders), stripped, or
     * none; for accounts and API keys alike.
     */
    static String knownFunder(EntityManager em, String funder) {
        String named = blankToNull(funder);
        if (named != null && em.createQuery("select count(p) from Programme p where p.funder = :funder", Long.class)
                .setParameter("funder", named.strip()).getSingleResult() == 0) {
            throw new AccountRefused("account.unknownFunder", named.strip());
        }
        return named;
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
        account.tieToFunder(knownFunder(em, details.funder()));
        stamps.forget(account.getUsername());
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
        stamps.forget(account.getUsername());
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
        // Locked means: logins of this name are refused from at least one address, until the window
        // after that address's last failure has passed.
        Instant now = AssociationClock.instant();
        String name = typedName(account.getUsername());
        List<Object[]> failing = em.createQuery("select e.address, max(e.at) from LoginEvent e where e.username = :name"
                        + " and e.success = false and e.at > :since group by e.address", Object[].class)
                .setParameter("name", name).setParameter("since", now.minus(LoginThrottle.WINDOW)).getResultList();
        Instant until = null;
        for (Object[] row : failing) {
            Instant end = ((Instant) row[1]).plus(LoginThrottle.WINDOW);
            if (failuresCounted(name, (String) row[0], now) >= LoginThrottle.PER_USER_AND_ADDRESS
                    && (until == null || end.isAfter(until))) {
                until = end;
            }
        }
        return until;
    }

    private UserAccount current(long id, long readVersion) {
        UserAccount account = getAccount(id);
        ConcurrentEditException.unlessUnchanged(UserAccount.class, account.getVersion(), readVersion);
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
