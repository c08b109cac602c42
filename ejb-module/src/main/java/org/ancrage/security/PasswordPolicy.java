package org.ancrage.security;

import org.ancrage.system.DomainException;

/**
 * What a password must be (OWASP ASVS 2.1): at least 12 characters, at most 128, any character
 * allowed, no composition rule, and not the user name or the application's name inside it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** A password the policy refuses, with the reason in the user's language. */
    public static class PasswordRefused extends DomainException {
        PasswordRefused(String key, Object... arguments) {
            super(key, arguments);
        }
    }

    private PasswordPolicy() {
    }

    /** Refuses a password too short, too long, or built on the user name. */
    public static void check(String username, char[] password) {
        int length = password == null ? 0 : String.valueOf(password).codePointCount(0, password.length);
        if (length < MIN_LENGTH) {
            throw new PasswordRefused("password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new PasswordRefused("password.tooLong", MAX_LENGTH);
        }
        String lower = String.valueOf(password).toLowerCase();
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase())
                || lower.contains("ancrage")) {
            throw new PasswordRefused("password.guessable");
        }
    }
}
