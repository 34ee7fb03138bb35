package org.leadbureau.portal.visits.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The search for free dates: the earliest windows of whole days (midnight to midnight in {@code zone}) within a
 * date range in which every given trainer could take a visit of the given format at a new site, by the same
 * {@link ConflictRules} that booking applies.
 */
public final class FreeWindows {

    public static final int MAX_DAYS = 60;

    private final ConflictRules rules;

    public FreeWindows(ConflictRules rules) {
        this.rules = rules;
    }

    /**
     * @param commitments each trainer's commitments (one collection per trainer)
     * @param days        the length of the visit in days
     * @param from        the first day a window may start on
     * @param to          the last day a window may end on
     * @param onSite      whether the visit is on site (then travel buffers apply)
     * @param limit       at most this many windows, earliest first
     */
    public List<DateWindow> search(Collection<? extends Collection<Commitment>> commitments, int days, LocalDate from,
                                   LocalDate to, ZoneId zone, boolean onSite, int limit) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("A visit lasts 1 to " + MAX_DAYS + " days");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends before it starts");
        }
        List<DateWindow> windows = new ArrayList<>();
        for (LocalDate first = from; !first.plusDays(days - 1L).isAfter(to) && windows.size() < limit;
             first = first.plusDays(1)) {
            Instant start = first.atStartOfDay(zone).toInstant();
            Instant end = first.plusDays(days).atStartOfDay(zone).toInstant();
            // A new site: no existing on-site visit shares it.
            Commitment candidate = onSite ? new Commitment("", start, end, Commitment.Kind.ON_SITE_VISIT, -1L)
                    : Commitment.virtual("", start, end);
            if (commitments.stream().allMatch(trainer -> rules.firstClash(candidate, trainer).isEmpty())) {
                windows.add(new DateWindow(first, first.plusDays(days - 1L)));
            }
        }
        return windows;
    }
}
