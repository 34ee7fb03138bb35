package org.leadbureau.portal.platform.rules;

/**
 * The length of a text as people count it, in Unicode code points: "🚀" is one character, not the two UTF-16 units
 * of {@link String#length()}, and a 150-letter Greek title is 150. Every length limit on what people type counts
 * this way ({@link MaxLength} for Bean Validation, this for checks written by hand).
 */
public final class TextLength {

    private TextLength() {
    }

    /** The number of characters (code points); 0 for null. */
    public static int of(CharSequence text) {
        return text == null ? 0 : Character.codePointCount(text, 0, text.length());
    }

    /** Whether the text has more than {@code max} characters; null never does. */
    public static boolean exceeds(CharSequence text, int max) {
        // Each code point takes one or two units: a text of at most max units cannot exceed, whatever it holds.
        return text != null && text.length() > max && of(text) > max;
    }

    /** The text cut to at most {@code max} characters, never between the two halves of one. */
    public static String truncate(String text, int max) {
        if (text == null || !exceeds(text, max)) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
