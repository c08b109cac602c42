package org.ancrage.api.door;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ancrage.security.AccountService;
import org.ancrage.security.ApiKeyService;
import org.ancrage.security.LoginEvent;
import org.ancrage.security.LoginOutcome;
import org.ancrage.security.SecurityStamps;

/**
 * Who an API request is, from its {@code Authorization} header. HTTP Basic checks the staff
 * account's password (PBKDF2, 600,000 iterations, about a quarter of a second) once: a verified
 * credential is then kept {@link #BASIC_TTL_MILLIS} ms in memory, keyed by an HMAC of (user,
 * password) under a key drawn at start-up (neither is kept in clear), and dropped as soon as the
 * account's security stamp changes (password changed, account closed or locked). That first
 * verification is the login event of an API client; the requests served from memory are not
 * logins and write nothing. A failed attempt is never kept: each one is checked and counted by the
 * login throttle. A bearer key is looked up by its hash on every request.
 */
@ApplicationScoped
public class ApiCredentials {

    static final long BASIC_TTL_MILLIS = 5 * 60_000;
    private static final int MAX_ENTRIES = 10_000;

    /** The caller of a request, or why there is none. */
    public record Caller(String name, Set<String> groups, String refusal) {

        static Caller refused(String messageKey) {
            return new Caller(null, Set.of(), messageKey);
        }

        public boolean known() {
            return name != null;
        }
    }

    private record Verified(String name, Set<String> groups, String stamp, long until) {
    }

    @EJB
    private AccountService accounts;

    @EJB
    private ApiKeyService keys;

    @EJB
    private SecurityStamps stamps;

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] cacheKey = new byte[32];

    public ApiCredentials() {
        new SecureRandom().nextBytes(cacheKey);
    }

    public Caller basic(String username, String password, String address) {
        String key = hmac(username.trim().toLowerCase(Locale.ROOT) + '\u0000' + password);
        long now = System.currentTimeMillis();
        Verified known = verified.get(key);
        if (known != null) {
            if (now < known.until() && stamps.stillValid(known.name(), known.stamp())) {
                return new Caller(known.name(), known.groups(), null);
            }
            verified.remove(key, known);
        }
        LoginOutcome outcome = accounts.authenticate(username, password.toCharArray(), address, LoginEvent.Door.API);
        return switch (outcome.status()) {
            case SUCCESS -> {
                if (verified.size() >= MAX_ENTRIES) {
                    verified.values().removeIf(v -> v.until() <= now);
                    if (verified.size() >= MAX_ENTRIES) {
                        verified.clear();
                    }
                }
                verified.put(key, new Verified(outcome.username(), outcome.roles(), outcome.securityStamp(),
                        now + BASIC_TTL_MILLIS));
                yield new Caller(outcome.username(), outcome.roles(), null);
            }
            case LOCKED -> Caller.refused("api.auth.throttled");
            case INVALID -> Caller.refused("api.auth.invalid");
        };
    }

    public Caller bearer(String secret) {
        Optional<ApiKeyService.KeyCaller> key = keys.authenticate(secret);
        return key.map(k -> new Caller(k.principal(), Set.of(k.role()), null))
                .orElseGet(() -> Caller.refused("api.auth.invalid"));
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
