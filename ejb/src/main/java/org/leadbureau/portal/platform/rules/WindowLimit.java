package org.leadbureau.portal.platform.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A sliding-window limit: at most {@code max} events within {@code window}. Shared by sign-in throttling and the
 * inquiry rate limits, whose counts live in the database so that every node applies the same limit.
 */
public record WindowLimit(int max, Duration window) {

    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * When the next event may happen, or empty when it may happen now.
     *
     * @param times earlier events (any order; those outside the window are ignored)
     */
    public Optional<Instant> blockedUntil(List<Instant> times, Instant now) {
        List<Instant> recent = times.stream().filter(time -> time.isAfter(windowStart(now))).sorted().toList();
        if (recent.size() < max) {
            return Optional.empty();
        }
        // Free again once the oldest event that keeps the count at the limit leaves the window.
        return Optional.of(recent.get(recent.size() - max).plus(window));
    }

    /** The later of two blocks, or whichever is present. */
    public static Optional<Instant> later(Optional<Instant> one, Optional<Instant> other) {
        if (one.isPresent() && other.isPresent()) {
            return Optional.of(one.get().isAfter(other.get()) ? one.get() : other.get());
        }
        return one.isPresent() ? one : other;
    }
}
