package org.leadbureau.portal.visits.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * Which visits to list: those overlapping [from, to), of one trainer (email), at one site (slug), in one status
 * (null is any). A list always has a window of at most {@link #MAX_WINDOW}, so it never reads every visit ever.
 */
public record VisitFilter(Instant from, Instant to, String trainer, String site, VisitStatus status) {

    /** The widest window a list may cover: a year and a month, enough for any calendar view. */
    public static final Period MAX_WINDOW = Period.ofMonths(13);

    public VisitFilter {
        if (from == null || to == null || !from.isBefore(to)
                || to.isAfter(from.atOffset(ZoneOffset.UTC).plus(MAX_WINDOW).plusDays(1).toInstant())) {
            throw new IllegalArgumentException("A list of visits needs a window of at most " + MAX_WINDOW + ": "
                    + from + " to " + to);
        }
    }

    /**
     * The visits of the days {@code first} to {@code last}, both inclusive, in UTC. Refuses, naming the field, a
     * missing day, a last day before the first, and days more than {@link #MAX_WINDOW} apart.
     */
    public static VisitFilter days(LocalDate first, LocalDate last, String trainer, String site, VisitStatus status) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (first == null) {
            errors.put("from", "Give the first day of the visits to list, as YYYY-MM-DD.");
        }
        if (last == null) {
            errors.put("to", "Give the last day of the visits to list, as YYYY-MM-DD.");
        } else if (first != null && last.isBefore(first)) {
            errors.put("to", "The last day comes before the first.");
        } else if (first != null && last.isAfter(first.plus(MAX_WINDOW))) {
            errors.put("to", "List at most 13 months of visits at once: the last day can be " + first.plus(MAX_WINDOW)
                    + " at the latest.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(String.join(" ", errors.values()), errors);
        }
        return new VisitFilter(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), trainer, site, status);
    }
}
