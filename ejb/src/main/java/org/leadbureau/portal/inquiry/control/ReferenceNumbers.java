package org.leadbureau.portal.inquiry.control;

import java.util.regex.Pattern;

/**
 * Inquiry reference numbers, {@code LEAD-YYYY-NNNNN}: the year the inquiry arrived and its number within that
 * year, counted from 1. The caller hands out numbers one at a time (under the intake lock), so each is unique.
 */
public final class ReferenceNumbers {

    public static final Pattern FORMAT = Pattern.compile("LEAD-\\d{4}-\\d{5,}");
    /** Five digits are shown; a year with more inquiries simply gets longer numbers. */
    private static final int DIGITS = 5;

    private ReferenceNumbers() {
    }

    public static String format(int year, int number) {
        if (year < 1000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("No reference for year " + year + ", number " + number);
        }
        return "LEAD-" + year + "-" + String.format("%0" + DIGITS + "d", number);
    }

    /** The number after the highest one given in the year (null when none has been). */
    public static int next(Integer highestSoFar) {
        return highestSoFar == null ? 1 : highestSoFar + 1;
    }

    public static boolean isReference(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
