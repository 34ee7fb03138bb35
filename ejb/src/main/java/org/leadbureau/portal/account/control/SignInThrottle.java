package org.leadbureau.portal.account.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.leadbureau.portal.platform.rules.WindowLimit;

/**
 * Sign-in throttling: after 5 failures for one account from one address, or 20 from one address whatever the
 * accounts, within 15 minutes, further attempts from that address are refused until fewer than that many failures
 * lie within the last 15 minutes. Failures are never counted per account alone, so that nobody can lock an owner
 * out from another address; guessing stays bounded per address. Refused attempts do not count as failures, so a
 * lock always ends 15 minutes after the failure that caused it.
 */
public final class SignInThrottle {

    public static final int MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private static final WindowLimit ACCOUNT_AND_ADDRESS = new WindowLimit(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, WINDOW);
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
     * @param accountFailures failures for the account from the address since {@link #windowStart}
     * @param addressFailures failures from the address, for any account, since {@link #windowStart}
     */
    public static Optional<Instant> lockedUntil(List<Instant> accountFailures, List<Instant> addressFailures,
            Instant now) {
        return WindowLimit.later(ACCOUNT_AND_ADDRESS.blockedUntil(accountFailures, now),
                ADDRESS.blockedUntil(addressFailures, now));
    }
}
