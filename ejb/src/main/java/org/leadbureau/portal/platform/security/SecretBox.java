package org.leadbureau.portal.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets the portal must be able to read back (authenticator secrets) with AES-256-GCM under the
 * portal's secret key (PORTAL_SECRET_KEY: 32 random bytes, Base64). A sealed value reads {@code v1:<Base64 of
 * nonce and ciphertext>}; the version prefix tells it from a value stored before encryption.
 */
public final class SecretBox {

    public static final int KEY_BYTES = 32;
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;

    private SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The box for a key written as Base64 of 32 bytes; anything else is refused with what is expected. */
    public static SecretBox fromBase64(String encoded) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The portal's secret key must be Base64 of exactly " + KEY_BYTES
                    + " random bytes (for example the output of: openssl rand -base64 32).");
        }
        return new SecretBox(key);
    }

    /** A new random key, Base64. */
    public static String newKey() {
        return Base64.getEncoder().encodeToString(SecureTokens.randomBytes(KEY_BYTES));
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public String seal(String secret) {
        byte[] nonce = SecureTokens.randomBytes(NONCE_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The secret a {@link #seal} made; refuses anything this key did not seal, or that was changed since. */
    public String open(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This secret was sealed with another key, or altered", e);
        }
    }

    /**
     * A signature of {@code value} for one {@code purpose} (HMAC-SHA256, URL-safe Base64), so that the client can carry
     * a value the portal reads back unchanged; the purpose keeps a signature made for one use from passing for another.
     */
    public String sign(String purpose, String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(purpose + "\n" + value));
    }

    /** Whether {@code signature} is this key's {@link #sign} of the value, compared in constant time. */
    public boolean verify(String purpose, String value, String signature) {
        return MessageDigest.isEqual(sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A value that identifies the key without revealing it (HMAC-SHA256 of a fixed text), kept in the database so
     * that a node started with another key notices before it misreads anything.
     */
    public String checkValue() {
        return Base64.getEncoder().encodeToString(hmac("LEAD Bureau Portal secret key check"));
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
