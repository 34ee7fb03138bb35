package org.leadbureau.portal.platform.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.leadbureau.portal.platform.rules.WindowLimit;

/**
 * How often a public form may be used: at most so many submissions from one client address, and (optionally)
 * so many in all, each within its window. A setting writes them as {@code 30/PT1H,600/PT1H}.
 *
 * @param overall null when only the per-address limit applies
 */
public record FormLimits(WindowLimit perAddress, WindowLimit overall) {

    /**
     * @param setting the environment variable the text came from, for the message
     * @throws IllegalStateException naming the setting and the expected form when the text is not two limits
     */
    public static FormLimits parse(String setting, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw malformed(setting, text);
        }
        return new FormLimits(limit(setting, text, parts[0]), limit(setting, text, parts[1]));
    }

    /** The earliest time a submission still counts for either limit. */
    public Instant windowStart(Instant now) {
        Duration longest = overall == null || perAddress.window().compareTo(overall.window()) >= 0
                ? perAddress.window() : overall.window();
        return now.minus(longest);
    }

    /**
     * When submissions may resume, or empty when this one may go ahead.
     *
     * @param fromAddress times of earlier submissions from the address
     * @param all         times of all earlier submissions that count for the overall limit (ignored without one)
     */
    public Optional<Instant> refusedUntil(List<Instant> fromAddress, List<Instant> all, Instant now) {
        Optional<Instant> address = perAddress.blockedUntil(fromAddress, now);
        return overall == null ? address : WindowLimit.later(address, overall.blockedUntil(all, now));
    }

    private static WindowLimit limit(String setting, String text, String part) {
        String[] countAndWindow = part.strip().split("/", -1);
        try {
            int max = Integer.parseInt(countAndWindow[0].strip());
            Duration window = Duration.parse(countAndWindow[1].strip());
            if (countAndWindow.length == 2 && max > 0 && !window.isNegative() && !window.isZero()) {
                return new WindowLimit(max, window);
            }
        } catch (NumberFormatException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw malformed(setting, text);
        }
        throw malformed(setting, text);
    }

    private static IllegalStateException malformed(String setting, String text) {
        return new IllegalStateException(setting + " must be two limits, per address and overall, each a positive count"
                + " and an ISO-8601 duration, like 30/PT1H,600/PT1H; it is '" + text + "'.");
    }
}
