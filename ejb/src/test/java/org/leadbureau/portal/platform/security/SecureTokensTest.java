package org.leadbureau.portal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureTokensTest {

    @Test
    void tokensCarry256RandomBitsAndAreUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SecureTokens.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            seen.add(token);
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void theStoredFormIsTheLowerCaseHexSha256OfTheToken() {
        // The same value as SHA2('abc', 256) in MariaDB, so data migrated by SQL would match too.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecureTokens.hash("abc"));
    }
}
