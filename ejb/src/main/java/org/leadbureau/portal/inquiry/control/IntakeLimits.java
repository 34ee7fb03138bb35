package org.leadbureau.portal.inquiry.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.leadbureau.portal.platform.rules.WindowLimit;

/**
 * Rate limits on inquiries, for the form and the API alike: at most 5 from one address and 100 in all within
 * any hour. A refused submission does not count, so a limit always ends an hour after the submission that
 * reached it.
 */
public final class IntakeLimits {

    public static final int PER_ADDRESS = 5;
    public static final int GLOBAL = 100;
    public static final Duration WINDOW = Duration.ofHours(1);

    private static final WindowLimit ADDRESS = new WindowLimit(PER_ADDRESS, WINDOW);
    private static final WindowLimit ALL = new WindowLimit(GLOBAL, WINDOW);

    private IntakeLimits() {
    }

    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /**
     * When submissions may resume, or empty when this one may go ahead.
     *
     * @param fromAddress times of earlier submissions from the address since {@link #windowStart}
     * @param all         times of all earlier submissions since {@link #windowStart}
     */
    public static Optional<Instant> refusedUntil(List<Instant> fromAddress, List<Instant> all, Instant now) {
        return WindowLimit.later(ADDRESS.blockedUntil(fromAddress, now), ALL.blockedUntil(all, now));
    }
}
