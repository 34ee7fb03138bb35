package org.leadbureau.portal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesMatchTheRfc6238TestVectorsCutToSixDigits() {
        assertEquals("287082", Totp.codeAt(RFC_SECRET, 59 / 30));
        assertEquals("081804", Totp.codeAt(RFC_SECRET, 1111111109L / 30));
        assertEquals("005924", Totp.codeAt(RFC_SECRET, 1234567890L / 30));
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideOfNowToAllowForClockDrift() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        long step = 1234567890L / 30;
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step), now, null));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, null));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now, null));
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now, null).isEmpty());
    }

    @Test
    void aCodeWorksOnce() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        long step = 1234567890L / 30;
        String code = Totp.codeAt(RFC_SECRET, step);
        assertTrue(Totp.matchingStep(RFC_SECRET, code, now, step).isEmpty(), "the step was used already");
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now, step).isPresent());
    }

    @Test
    void anythingButSixDigitsIsRefused() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        for (String code : new String[] {null, "", "12345", "1234567", "abcdef", "005 924"}) {
            assertTrue(Totp.matchingStep(RFC_SECRET, code, now, null).isEmpty(), String.valueOf(code));
        }
        assertTrue(Totp.matchingStep(null, "005924", now, null).isEmpty());
    }

    @Test
    void newSecretsAre160BitsOfBase32AndTheProvisioningAddressNamesThePortal() {
        String secret = Totp.newSecret();
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertEquals("otpauth://totp/LEAD%20Bureau%20Portal:sam%40example.org?secret=" + secret
                        + "&issuer=LEAD%20Bureau%20Portal&algorithm=SHA1&digits=6&period=30",
                Totp.provisioningUri("LEAD Bureau Portal", "sam@example.org", secret));
    }

    @Test
    void recoveryCodesAreComparedHoweverTheyAreTyped() {
        String code = RecoveryCodes.newCode();
        assertTrue(code.matches("[a-z2-9]{5}-[a-z2-9]{5}"), code);
        assertEquals(RecoveryCodes.normalise(code), RecoveryCodes.normalise(" " + code.toUpperCase().replace("-", " ") + " "));
    }
}
