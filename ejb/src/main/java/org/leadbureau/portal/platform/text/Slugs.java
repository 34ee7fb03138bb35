package org.leadbureau.portal.platform.text;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The one rule for the slugs in the portal's addresses (sites, trainings, library resources): lower-case ASCII
 * words joined by hyphens. Every script is transliterated by ICU ("Ærø" → "aero", "Straße" → "strasse",
 * "Αιτιολογήσεις" → "aitiologeseis", "中文" → "zhong-wen"); a title with no letters or digits at all (only emoji or
 * punctuation) gets a short id derived from it, so a slug is never empty and the same title always suggests the
 * same slug. Slugs are made once, when a thing is created: later changes to this rule never move an address.
 */
public final class Slugs {

    // Any script to Latin, then Latin letters to their ASCII spelling (æ → ae, ß → ss, đ → d).
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Slugs() {
    }

    /** The slug a title suggests, at most {@code maxLength} characters: "LEAD Seattle / King County" → "lead-seattle-king-county". */
    public static String of(String title, int maxLength) {
        String text = title == null ? "" : title;
        String slug = ascii(text.replace("&", " and ")).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? shortId(text) : slug;
    }

    /** {@code base}, or the first of "-2", "-3"… that is not taken. */
    public static String unique(String base, Predicate<String> taken) {
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    // ICU transliterators keep state while they work: one caller at a time (slugs are made rarely).
    private static synchronized String ascii(String text) {
        return TO_ASCII.transliterate(text);
    }

    /** Eight hex digits of the title's SHA-256: stable, short, and as unlikely to collide as a slug needs. */
    private static String shortId(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
