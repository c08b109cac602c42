package org.ancrage.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ancrage.system.AssociationClock;

/**
 * The current security stamp of each account, read on every request of a session or a cached API
 * credential and cached {@link #TTL_MILLIS} ms: a changed password, a closed or locked account end
 * the account's other sessions at their next request. A change made on this server forgets the
 * cached value at once; another server of a cluster sees it within the TTL.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class SecurityStamps {

    static final long TTL_MILLIS = 2_000;

    private record Cached(String stamp, long readAt) {
    }

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    /** The stamp of an account that may still act; empty when it is closed, locked or gone. */
    public Optional<String> current(String username) {
        if (username == null) {
            return Optional.empty();
        }
        String key = username.toLowerCase(Locale.ROOT);
        long now = System.currentTimeMillis();
        Cached cached = cache.get(key);
        if (cached == null || now - cached.readAt() > TTL_MILLIS) {
            cached = new Cached(read(key), now);
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(key, cached);
        }
        return Optional.ofNullable(cached.stamp());
    }

    /** Whether a session or credential made under {@code stamp} still stands. */
    public boolean stillValid(String username, String stamp) {
        return stamp != null && current(username).filter(stamp::equals).isPresent();
    }

    /** Forgets what was read of an account that just changed. */
    public void forget(String username) {
        if (username != null) {
            cache.remove(username.toLowerCase(Locale.ROOT));
        }
    }

    private String read(String username) {
        List<Object[]> rows = em.createQuery("select u.securityStamp, u.active, u.lockedUntil from UserAccount u"
                        + " where lower(u.username) = :name", Object[].class)
                .setParameter("name", username).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        Instant lockedUntil = (Instant) row[2];
        boolean locked = lockedUntil != null && AssociationClock.instant().isBefore(lockedUntil);
        return Boolean.TRUE.equals(row[1]) && !locked ? (String) row[0] : null;
    }
}
