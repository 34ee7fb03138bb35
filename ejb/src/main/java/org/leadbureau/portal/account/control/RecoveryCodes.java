package org.leadbureau.portal.account.control;

import java.util.Locale;
import org.leadbureau.portal.platform.security.SecureTokens;

/** Recovery codes for two-step sign-in: ten characters shown as "abcde-fghij", compared however typed. */
public final class RecoveryCodes {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private RecoveryCodes() {
    }

    public static String newCode() {
        byte[] random = SecureTokens.randomBytes(10);
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < random.length; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(Math.floorMod(random[i], ALPHABET.length())));
        }
        return code.toString();
    }

    /** Without case, spaces or dashes, as people type them in all ways; this is what gets hashed. */
    public static String normalise(String code) {
        return code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }
}
