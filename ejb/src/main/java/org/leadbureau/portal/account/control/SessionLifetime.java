package org.leadbureau.portal.account.control;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a signed-in session may last from sign-in, whatever the activity (PORTAL_SESSION_MAX, an ISO-8601
 * duration, 8 hours by default): a stolen or forgotten session does not live for ever by being kept busy.
 */
public record SessionLifetime(Duration max) {

    public static final Duration DEFAULT = Duration.ofHours(8);

    public SessionLifetime {
        if (max == null || max.isNegative() || max.isZero()) {
            throw new IllegalArgumentException("A session must last a positive time");
        }
    }

    /** The lifetime a setting gives; an unreadable or non-positive setting is refused with the reason. */
    public static SessionLifetime of(Optional<String> setting) {
        if (setting.isEmpty()) {
            return new SessionLifetime(DEFAULT);
        }
        try {
            return new SessionLifetime(Duration.parse(setting.get()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("PORTAL_SESSION_MAX must be a positive ISO-8601 duration such as PT8H,"
                    + " not \"" + setting.get() + "\"", e);
        }
    }

    public Instant endOf(Instant signedInAt) {
        return signedInAt.plus(max);
    }

    /** Whether a session signed in at {@code signedInAt} has ended at {@code now}. */
    public boolean hasEnded(Instant signedInAt, Instant now) {
        return !now.isBefore(endOf(signedInAt));
    }
}
