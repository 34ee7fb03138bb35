package org.leadbureau.portal.account.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.leadbureau.portal.platform.rules.WindowLimit;

/**
 * Sign-in throttling: after 5 failures for one account, or 20 from one address, within 15 minutes,
 * further attempts are refused until fewer than that many failures lie within the last 15 minutes.
 * Refused attempts do not count as failures, so a lock always ends 15 minutes after the failure that caused it.
 */
public final class SignInThrottle {

    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private static final WindowLimit ACCOUNT = new WindowLimit(MAX_FAILURES_PER_ACCOUNT, WINDOW);
    private static final WindowLimit ADDRESS = new WindowLimit(MAX_FAILURES_PER_ADDRESS, WINDOW);

    private SignInThrottle() {
    }

    /** The start of the window whose failures count at {@code now}. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /**
     * When attempts may resume, or empty when they may go ahead now.
     *
     * @param accountFailures failures for the account since {@link #windowStart}, oldest first
     * @param addressFailures failures from the address since {@link #windowStart}, oldest first
     */
    public static Optional<Instant> lockedUntil(List<Instant> accountFailures, List<Instant> addressFailures,
            Instant now) {
        return WindowLimit.later(ACCOUNT.blockedUntil(accountFailures, now), ADDRESS.blockedUntil(addressFailures, now));
    }
}
