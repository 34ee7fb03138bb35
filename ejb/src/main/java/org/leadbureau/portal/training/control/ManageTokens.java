package org.leadbureau.portal.training.control;

import java.security.SecureRandom;
import java.util.Base64;

/** Secret manage tokens: 256 random bits, URL-safe (43 characters). */
public final class ManageTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ManageTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
