package org.leadbureau.portal.dashboard.control;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per month and per value of an enum (an inquiry's stage, a visit's status), folded from grouped rows. A month
 * may come in two rows for one value (the zone's offset changed within it); they add up. Every month of the period
 * and every value is present, with 0 where nothing happened, so tables and charts have no gaps.
 */
public final class MonthlyCounts<E extends Enum<E>> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Class<E> kind;
    private final Map<YearMonth, EnumMap<E, Long>> counts = new LinkedHashMap<>();

    public MonthlyCounts(Class<E> kind, List<YearMonth> months) {
        this.kind = kind;
        months.forEach(month -> counts.put(month, zeros()));
    }

    private EnumMap<E, Long> zeros() {
        EnumMap<E, Long> zeros = new EnumMap<>(kind);
        for (E value : kind.getEnumConstants()) {
            zeros.put(value, 0L);
        }
        return zeros;
    }

    /** Adds a grouped row; a month outside the period (none should come) is ignored. */
    public void add(YearMonth month, E value, long count) {
        EnumMap<E, Long> row = counts.get(month);
        if (row != null) {
            row.merge(value, count, Long::sum);
        }
    }

    public Map<YearMonth, EnumMap<E, Long>> byMonth() {
        return counts;
    }
}
