package org.leadbureau.portal.visits.control;

import java.time.Duration;
import java.time.Instant;
import org.leadbureau.portal.platform.calendar.CalendarEvent;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * What a trainer's calendar feed says of a visit. Requested and proposed visits are not settled, so they are
 * tentative (they still block the trainer's time); a cancelled visit stays in the feed, cancelled, for a while,
 * because a subscribed calendar only removes an event it sees cancelled, never one that silently disappears.
 */
public final class FeedRules {

    /** How long a cancelled visit stays in the feed after it was cancelled. */
    public static final Duration CANCELLED_KEPT = Duration.ofDays(30);

    private FeedRules() {
    }

    public static CalendarEvent.Status status(VisitStatus status) {
        return switch (status) {
            case REQUESTED, PROPOSED -> CalendarEvent.Status.TENTATIVE;
            case CONFIRMED, COMPLETED -> CalendarEvent.Status.CONFIRMED;
            case CANCELLED -> CalendarEvent.Status.CANCELLED;
        };
    }

    /** Whether the feed shows a visit with this status, last changed at {@code changedAt}. */
    public static boolean shown(VisitStatus status, Instant changedAt, Instant now) {
        return status != VisitStatus.CANCELLED || !changedAt.isBefore(cancelledSince(now));
    }

    /** Cancelled visits changed since then are still in the feed. */
    public static Instant cancelledSince(Instant now) {
        return now.minus(CANCELLED_KEPT);
    }
}
