package org.leadbureau.portal.account.control;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.leadbureau.portal.platform.security.SecureTokens;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as authenticator apps
 * produce them. A code is accepted one step either side of now, to allow for clock drift.
 */
public final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private Totp() {
    }

    /** A new shared secret: 160 random bits in Base32, as authenticator apps expect. */
    public static String newSecret() {
        return new Base32().encodeToString(SecureTokens.randomBytes(20)).replace("=", "");
    }

    /**
     * The time step of the code if it is right for now (±1 step) and later than {@code lastUsedStep};
     * empty otherwise. Returning the step lets the caller refuse the same code a second time.
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now, Long lastUsedStep) {
        if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        byte[] candidate = code.strip().getBytes(StandardCharsets.US_ASCII);
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            boolean fresh = lastUsedStep == null || step > lastUsedStep;
            byte[] expected = codeAt(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, candidate) && fresh) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for a time step (for tests and the enrolment check). */
    public static String codeAt(String secret, long step) {
        var key = new SecretKeySpec(new Base32().decode(secret), GENERATOR.getAlgorithm());
        try {
            return GENERATOR.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC-SHA1 key of 20 bytes is always valid", e);
        }
    }

    /** The otpauth:// address that authenticator apps read from a QR code. */
    public static String provisioningUri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
