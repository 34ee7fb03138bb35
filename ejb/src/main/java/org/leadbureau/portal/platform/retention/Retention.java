package org.leadbureau.portal.platform.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long the portal keeps what it no longer needs, as cut-offs from now: rows older than a cut-off go. Pure
 * rules; each feature's {@link RetentionRule} applies them, run by {@link RetentionJobs}.
 */
public final class Retention {

    /** Delivered mail keeps its bodies and attachments this long (its metadata stays). */
    public static final Duration MAIL_BODIES = Duration.ofDays(30);
    /** The audit log's default span ({@code PORTAL_AUDIT_RETENTION} changes it). */
    public static final Period DEFAULT_AUDIT = Period.ofYears(2);
    /** Counts of searches that found nothing (per term and day, no personal data) are kept this long. */
    public static final Period ZERO_RESULT_SEARCHES = Period.ofYears(2);
    public static final String AUDIT_SETTING = "PORTAL_AUDIT_RETENTION";

    private Retention() {
    }

    /** Rows recorded before the result are older than {@code kept}. */
    public static Instant cutOff(Instant now, Duration kept) {
        return now.minus(kept);
    }

    /** Calendar periods count in UTC: two years before 29 February is 28 February. */
    public static Instant cutOff(Instant now, Period kept) {
        return now.atOffset(ZoneOffset.UTC).minus(kept).toInstant();
    }

    /** The audit log's span from its setting: an ISO-8601 period of at least a day, such as P2Y or P18M. */
    public static Period auditPeriod(Optional<String> setting) {
        if (setting.isEmpty()) {
            return DEFAULT_AUDIT;
        }
        try {
            Period period = Period.parse(setting.get());
            if (period.isNegative() || period.isZero()) {
                throw new IllegalStateException(AUDIT_SETTING + " must be a positive period, like P2Y: " + setting.get());
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(AUDIT_SETTING + " is not an ISO-8601 period like P2Y: " + setting.get(), e);
        }
    }
}
