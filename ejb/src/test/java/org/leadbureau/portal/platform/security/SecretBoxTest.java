package org.leadbureau.portal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authenticator secrets at rest: AES-GCM under the portal's key, which a check value identifies. */
class SecretBoxTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final SecretBox box = SecretBox.fromBase64(SecretBox.newKey());

    @Test
    void aSealedSecretOpensAgainAndDoesNotShowIt() {
        String sealed = box.seal(SECRET);
        assertTrue(SecretBox.isSealed(sealed));
        assertFalse(sealed.contains(SECRET));
        assertEquals(SECRET, box.open(sealed));
        assertNotEquals(sealed, box.seal(SECRET), "a fresh nonce each time");
        assertTrue(sealed.length() <= 200, "fits the column: " + sealed.length());
        assertFalse(SecretBox.isSealed(SECRET), "a secret stored before encryption is told apart");
    }

    @Test
    void aSignatureHoldsForItsValueItsPurposeAndItsKeyOnly() {
        String signature = box.sign("form shown at", "1700000000000");
        assertTrue(box.verify("form shown at", "1700000000000", signature));
        assertFalse(box.verify("form shown at", "1600000000000", signature), "another value");
        assertFalse(box.verify("another use", "1700000000000", signature), "another purpose");
        assertFalse(SecretBox.fromBase64(SecretBox.newKey()).verify("form shown at", "1700000000000", signature),
                "another key");
        assertFalse(box.verify("form shown at", "1700000000000", ""), "no signature");
    }

    @Test
    void anotherKeyOrAnAlteredValueDoesNotOpen() {
        String sealed = box.seal(SECRET);
        SecretBox other = SecretBox.fromBase64(SecretBox.newKey());
        assertThrows(IllegalStateException.class, () -> other.open(sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> box.open("v1:" + Base64.getEncoder().encodeToString(bytes)));
    }

    @Test
    void theCheckValueIdentifiesTheKeyWithoutRevealingIt() {
        String key = SecretBox.newKey();
        assertEquals(SecretBox.fromBase64(key).checkValue(), SecretBox.fromBase64(key).checkValue());
        assertNotEquals(SecretBox.fromBase64(key).checkValue(), box.checkValue());
        assertFalse(SecretBox.fromBase64(key).checkValue().contains(key));
    }

    @Test
    void aKeyOfTheWrongShapeIsRefusedSayingWhatIsExpected() {
        for (String key : new String[] {"", "not base64 at all!", Base64.getEncoder().encodeToString(new byte[16])}) {
            var refusal = assertThrows(IllegalArgumentException.class, () -> SecretBox.fromBase64(key));
            assertTrue(refusal.getMessage().contains("32 random bytes"), refusal.getMessage());
        }
    }

    @Test
    void withoutASettingTheKeyIsGeneratedOnceInTheDataDirectoryAndKept(@TempDir Path data) throws Exception {
        SecretKeySource.Key first = SecretKeySource.load(Optional.empty(), data);
        assertTrue(first.generated());
        assertTrue(Files.exists(data.resolve("secret.key")));
        if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("secret.key"))),
                    "only the server's user reads the key");
        }
        SecretKeySource.Key again = SecretKeySource.load(Optional.empty(), data);
        assertFalse(again.generated());
        assertEquals(first.box().checkValue(), again.box().checkValue());
    }

    @Test
    void theSettingWinsOverTheFileAndABadOneNamesItself(@TempDir Path data) {
        String key = SecretBox.newKey();
        SecretKeySource.Key configured = SecretKeySource.load(Optional.of(key), data);
        assertFalse(configured.generated());
        assertFalse(Files.exists(data.resolve("secret.key")), "no file when the key is set");
        assertEquals(SecretBox.fromBase64(key).checkValue(), configured.box().checkValue());
        var refusal = assertThrows(IllegalArgumentException.class, () -> SecretKeySource.load(Optional.of("short"), data));
        assertTrue(refusal.getMessage().startsWith("PORTAL_SECRET_KEY"), refusal.getMessage());
    }

    @Test
    void theDatabaseKeepsTheFirstKeysCheckValueAndAnotherKeyIsRefusedSayingWhichItNeeds(@TempDir Path data) {
        SecretKeySource.Key first = SecretKeySource.load(Optional.empty(), data);
        String check = SecretKeySource.verify(first, "");
        assertEquals(first.box().checkValue(), check, "a new database takes the key's check value");
        assertEquals(check, SecretKeySource.verify(SecretKeySource.load(Optional.empty(), data), check), "the same key");

        var refusal = assertThrows(IllegalStateException.class,
                () -> SecretKeySource.verify(SecretKeySource.load(Optional.of(SecretBox.newKey()), data), check));
        assertTrue(refusal.getMessage().startsWith("The portal's secret key (from PORTAL_SECRET_KEY) is not the key"
                + " this database's secrets were encrypted with."), refusal.getMessage());
    }
}
