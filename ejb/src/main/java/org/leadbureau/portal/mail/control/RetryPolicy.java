package org.leadbureau.portal.mail.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed message again: exponential back-off from {@code first}, doubling per attempt up to
 * {@code longest}, and no more tries after {@code maxAttempts}.
 */
public record RetryPolicy(Duration first, Duration longest, int maxAttempts) {

    /** 30 s, 1 min, 2 min ... up to an hour between tries; about a day of tries in all. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 30);

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid retry policy " + first + ", " + longest + ", " + maxAttempts);
        }
    }

    /**
     * The time of the next try after {@code failedAttempts} failures (counting the one that just happened),
     * or empty when the message should be given up.
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(now.plus(delay.compareTo(longest) > 0 ? longest : delay));
    }
}
