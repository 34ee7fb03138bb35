package org.leadbureau.portal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void thePortalHashesWith600000IterationsOfPbkdf2Sha256AndA32ByteSalt() {
        String hash = new PasswordHasher().hash("correct horse battery staple");
        String[] parts = hash.split(":");
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("600000", parts[1]);
        assertEquals(44, parts[2].length(), "32-byte salt in Base64");
        assertEquals(44, parts[3].length(), "32-byte key in Base64");
    }

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
        var hasher = new PasswordHasher(1_000);
        String one = hasher.hash("correct horse battery staple");
        String two = hasher.hash("correct horse battery staple");
        assertNotEquals(one, two, "a salt per hash");
        assertTrue(hasher.verify("correct horse battery staple", one));
        assertTrue(hasher.verify("correct horse battery staple", two));
        assertFalse(hasher.verify("correct horse battery stapl", one));
        assertFalse(hasher.verify("correct horse battery staple ", one), "no trimming");
    }

    @Test
    void longPasswordsAreNotTruncated() {
        var hasher = new PasswordHasher(1_000);
        String base = "x".repeat(127);
        String hash = hasher.hash(base + "a");
        assertFalse(hasher.verify(base + "b", hash));
    }

    @Test
    void aStoredValueInAnotherFormatNeverMatches() {
        var hasher = new PasswordHasher(1_000);
        assertFalse(hasher.verify("anything", null));
        assertFalse(hasher.verify("anything", "plain text"));
        assertFalse(hasher.verify("anything", "MD5:1:abc:def"));
    }
}
