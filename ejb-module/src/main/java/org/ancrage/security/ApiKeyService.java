package org.ancrage.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.ConcurrentEditException;
import org.ancrage.system.Entities;
import org.ancrage.system.NotFoundException;

/**
 * API keys: issued by an administrator (the secret returned once), checked on each request by the
 * SHA-256 of the secret, revoked. A revoked or expired key is refused at its next request: the check
 * reads the key's row each time (one indexed lookup). Its last use is written at most once a
 * minute, by a bulk update that leaves the version alone.
 */
@Stateless
public class ApiKeyService {

    /** What the secret begins with, so that a leaked one is recognised (secret scanners, logs). */
    public static final String SECRET_PREFIX = "ank_";
    public static final Duration LONGEST_VALIDITY = Duration.ofDays(2 * 366);
    private static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);
    private static final Set<String> ROLES_OF_A_SERVICE = Set.of(Roles.COORDINATOR, Roles.SOCIAL_WORKER,
            Roles.RENTAL_MANAGER);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A request's caller when it shows a usable key. */
    public record KeyCaller(String principal, String role, Long serviceUnitId) {
    }

    /** A key just issued: its secret, which is never shown again. */
    public record IssuedKey(ApiKey key, String secret) {
    }

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @Resource
    private SessionContext context;


    /** The caller a bearer secret stands for, if it is a usable key. */
    @PermitAll
    public Optional<KeyCaller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery("select k.id, k.role, k.serviceUnitId, k.expiresAt, k.revokedAt,"
                        + " k.lastUsedAt from ApiKey k where k.secretHash = :hash", Object[].class)
                .setParameter("hash", sha256(secret)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Instant now = AssociationClock.instant();
        if (row[4] != null || !now.isBefore((Instant) row[3])) {
            return Optional.empty();
        }
        long id = (Long) row[0];
        if (row[5] == null || ((Instant) row[5]).isBefore(now.minus(LAST_USE_GRAIN))) {
            em.createQuery("update ApiKey k set k.lastUsedAt = :now where k.id = :id"
                            + " and (k.lastUsedAt is null or k.lastUsedAt < :grain)")
                    .setParameter("now", now).setParameter("id", id)
                    .setParameter("grain", now.minus(LAST_USE_GRAIN)).executeUpdate();
        }
        return Optional.of(new KeyCaller(ApiKey.PRINCIPAL_PREFIX + id, (String) row[1], (Long) row[2]));
    }

    /**
     * Issues a key for {@code role} in {@code serviceUnitId} (required for the roles that work in
     * one service) or, for a funder-viewer, of {@code funder} (required, one that funds a programme),
     * valid until the end of {@code expiresOn} (Paris time), at most two years ahead.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public IssuedKey issue(String name, String role, Long serviceUnitId, String funder, LocalDate expiresOn) {
        if (name == null || name.isBlank() || name.trim().length() > ApiKey.NAME_LENGTH) {
            throw new ApiKeyRefused("apikey.name", ApiKey.NAME_LENGTH);
        }
        if (role == null || !Arrays.asList(Roles.ALL).contains(role)) {
            throw new ApiKeyRefused("apikey.role");
        }
        if (serviceUnitId != null && em.createQuery("select count(s) from ServiceUnit s where s.id = :id", Long.class)
                .setParameter("id", serviceUnitId).getSingleResult() == 0) {
            throw NotFoundException.ofEntityNamed("ServiceUnit", serviceUnitId);
        }
        if (serviceUnitId == null && ROLES_OF_A_SERVICE.contains(role)) {
            throw new ApiKeyRefused("apikey.serviceNeeded");
        }
        String fundersName = AccountService.knownFunder(em, funder);
        Instant now = AssociationClock.instant();
        Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(PARIS).toInstant();
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST_VALIDITY))) {
            throw new ApiKeyRefused("apikey.expiry");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey key = new ApiKey(name.trim(), sha256(secret), secret.substring(0, SECRET_PREFIX.length() + 6), role,
                serviceUnitId, fundersName, expiresAt, now, context.getCallerPrincipal().getName());
        em.persist(key);
        return new IssuedKey(key, secret);
    }

    /** Every key, the newest first (revoked and expired ones too: their history stays). */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<ApiKey> list() {
        return em.createQuery("select k from ApiKey k order by k.createdAt desc, k.id desc", ApiKey.class)
                .getResultList();
    }

    /** Revokes a key: its next request is refused. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public ApiKey revoke(long id, long readVersion) {
        ApiKey key = Entities.require(em, ApiKey.class, id);
        ConcurrentEditException.unlessUnchanged(ApiKey.class, key.getVersion(), readVersion);
        key.revoke(AssociationClock.instant(), context.getCallerPrincipal().getName());
        return key;
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public ApiKey find(long id) {
        return Entities.require(em, ApiKey.class, id);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
