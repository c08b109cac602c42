package org.ancrage.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashUsesPbkdf2Sha256WithAtLeast600000Iterations() {
        String hash = hasher.hash("secret".toCharArray());
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
    }

    @Test
    void rightPasswordVerifiesAndWrongOneDoesNot() {
        String hash = hasher.hash("Mot-de-passe-1".toCharArray());
        assertTrue(hasher.verify("Mot-de-passe-1".toCharArray(), hash));
        assertFalse(hasher.verify("Mot-de-passe-2".toCharArray(), hash));
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(hasher.hash("x".toCharArray()), hasher.hash("x".toCharArray()));
    }

    @Test
    void olderHashStillVerifiesButAsksForARehash() {
        String old = new PasswordHasher(10_000).hash("ancien".toCharArray());
        assertTrue(hasher.verify("ancien".toCharArray(), old));
        assertTrue(hasher.needsRehash(old));
        assertFalse(hasher.needsRehash(hasher.hash("neuf".toCharArray())));
    }

    @Test
    void unknownFormatNeverVerifies() {
        assertFalse(hasher.verify("x".toCharArray(), "plain-text"));
        assertTrue(hasher.needsRehash("plain-text"));
    }
}
