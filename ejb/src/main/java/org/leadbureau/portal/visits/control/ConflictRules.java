package org.leadbureau.portal.visits.control;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a trainer can take on a commitment. Two commitments clash when they overlap, or when either is an
 * on-site visit and less than the travel buffer lies between them, unless both are on-site visits at the same
 * site. Virtual visits and unavailability need no buffer of their own, but they cannot fall within an on-site
 * visit's travel time. Half-open intervals: a visit may start the instant another ends.
 */
public final class ConflictRules {

    /** The Bureau's default travel buffer before and after an on-site visit. */
    public static final Duration DEFAULT_TRAVEL_BUFFER = Duration.ofDays(1);

    private final Duration travelBuffer;

    public ConflictRules(Duration travelBuffer) {
        if (Objects.requireNonNull(travelBuffer, "travelBuffer").isNegative()) {
            throw new IllegalArgumentException("The travel buffer cannot be negative");
        }
        this.travelBuffer = travelBuffer;
    }

    public Duration travelBuffer() {
        return travelBuffer;
    }

    /** The earliest of {@code existing} that {@code candidate} clashes with, if any. */
    public Optional<Commitment> firstClash(Commitment candidate, Collection<Commitment> existing) {
        return existing.stream()
                .filter(other -> clash(candidate, other))
                .min(Comparator.comparing(Commitment::start));
    }

    public boolean clash(Commitment a, Commitment b) {
        Duration gap = requiredGap(a, b);
        return a.start().isBefore(b.end().plus(gap)) && b.start().isBefore(a.end().plus(gap));
    }

    /** How much free time must lie between the two. */
    public Duration requiredGap(Commitment a, Commitment b) {
        if ((a.onSite() || b.onSite()) && !a.sameSiteAs(b)) {
            return travelBuffer;
        }
        return Duration.ZERO;
    }
}
