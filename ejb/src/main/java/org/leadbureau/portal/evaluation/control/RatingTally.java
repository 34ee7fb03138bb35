package org.leadbureau.portal.evaluation.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a 1–5 rating was answered: the count of each value ("1" to "5", zeros included) and the average, rounded to
 * two decimals (null when nobody rated). Built from a grouped query's counts, so no answer row is ever loaded.
 */
public record RatingTally(Double average, Map<String, Long> counts) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    /** From the counts per value as the database grouped them; values outside 1–5 cannot occur and are ignored. */
    public static RatingTally of(Map<Integer, Long> grouped) {
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        long sum = 0;
        for (int value = LOWEST; value <= HIGHEST; value++) {
            long count = grouped.getOrDefault(value, 0L);
            counts.put(String.valueOf(value), count);
            total += count;
            sum += count * value;
        }
        return new RatingTally(total == 0 ? null : ratio(sum, total, 2), counts);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code part / whole} rounded half-up to {@code decimals}; 0 when the whole is 0. */
    public static double ratio(long part, long whole, int decimals) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
