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
import java.util.concurrent.CompletableFuture;
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
 * logins and write nothing. Requests arriving together with a credential not yet verified wait
 * for the one verification under way rather than each running PBKDF2 (an integration's first burst
 * of 8 parallel calls costs one hash, one login event). A failed attempt is never kept: each one
 * is checked and counted by the login throttle. A bearer key is looked up by its hash on every
 * request.
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
    private final ConcurrentHashMap<String, CompletableFuture<LoginOutcome>> underWay = new ConcurrentHashMap<>();
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
        LoginOutcome outcome = verify(key, username, password, address, now);
        return switch (outcome.status()) {
            case SUCCESS -> new Caller(outcome.username(), outcome.roles(), null);
            case LOCKED -> Caller.refused("api.auth.throttled");
            case INVALID -> Caller.refused("api.auth.invalid");
        };
    }

    /**
     * The password checked once for all the requests that came with it at the same time: the first
     * one checks and keeps a success in memory before the others take it. A failure is not shared:
     * each waiting request then makes its own attempt, checked and counted as any other.
     */
    private LoginOutcome verify(String key, String username, String password, String address, long now) {
        CompletableFuture<LoginOutcome> mine = new CompletableFuture<>();
        CompletableFuture<LoginOutcome> first = underWay.putIfAbsent(key, mine);
        if (first != null) {
            LoginOutcome shared = first.exceptionally(failure -> null).join();
            if (shared != null && shared.status() == LoginOutcome.Status.SUCCESS) {
                return shared;
            }
            return accounts.authenticate(username, password.toCharArray(), address, LoginEvent.Door.API);
        }
        try {
            LoginOutcome outcome = accounts.authenticate(username, password.toCharArray(), address,
                    LoginEvent.Door.API);
            if (outcome.status() == LoginOutcome.Status.SUCCESS) {
                keep(key, outcome, now);
            }
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            underWay.remove(key, mine);
        }
    }

    private void keep(String key, LoginOutcome outcome, long now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(v -> v.until() <= now);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(key, new Verified(outcome.username(), outcome.roles(), outcome.securityStamp(),
                now + BASIC_TTL_MILLIS));
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
