package org.leadbureau.portal.dashboard.control;

import java.util.List;

/**
 * The median of values a database sorts: with {@code n} values, the middle one (n odd) or the mean of the two middle
 * ones (n even). The database answers only those rows ({@link #rows}), so no list of all values is ever loaded.
 */
public final class Median {

    private Median() {
    }

    /** Which rows of the values in order hold the median: skip {@code offset}, read {@code limit} (1 or 2). */
    public record Rows(long offset, int limit) {
    }

    /** The rows to read for {@code count} values; none when there are no values. */
    public static Rows rows(long count) {
        if (count <= 0) {
            return new Rows(0, 0);
        }
        return new Rows((count - 1) / 2, count % 2 == 0 ? 2 : 1);
    }

    /** The median from the middle rows {@link #rows} named, or null when there were none. */
    public static Double of(List<? extends Number> middle) {
        if (middle.isEmpty()) {
            return null;
        }
        return middle.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
    }
}
