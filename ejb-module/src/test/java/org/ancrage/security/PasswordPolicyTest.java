package org.ancrage.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseOfAnyCharactersIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("claire", "cheval agrafe pile 🐴".toCharArray()));
    }

    @Test
    void tooShortTooLongOrBuiltOnTheUserNameIsRefused() {
        assertEquals("password.tooShort", assertThrows(PasswordPolicy.PasswordRefused.class,
                () -> PasswordPolicy.check("claire", "Court-1!".toCharArray())).messageKey());
        assertEquals("password.tooLong", assertThrows(PasswordPolicy.PasswordRefused.class,
                () -> PasswordPolicy.check("claire", "x".repeat(129).toCharArray())).messageKey());
        assertEquals("password.guessable", assertThrows(PasswordPolicy.PasswordRefused.class,
                () -> PasswordPolicy.check("claire", "Claire-2026-secret".toCharArray())).messageKey());
        assertEquals("password.tooShort", assertThrows(PasswordPolicy.PasswordRefused.class,
                () -> PasswordPolicy.check("claire", null)).messageKey());
    }
}
