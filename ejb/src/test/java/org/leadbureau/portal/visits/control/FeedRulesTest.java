package org.leadbureau.portal.visits.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.calendar.CalendarEvent;
import org.leadbureau.portal.visits.entity.VisitStatus;

class FeedRulesTest {

    private static final Instant NOW = Instant.now();

    @Test
    void requestedAndProposedVisitsAreTentativeConfirmedAndCompletedOnesConfirmed() {
        assertEquals(CalendarEvent.Status.TENTATIVE, FeedRules.status(VisitStatus.REQUESTED));
        assertEquals(CalendarEvent.Status.TENTATIVE, FeedRules.status(VisitStatus.PROPOSED));
        assertEquals(CalendarEvent.Status.CONFIRMED, FeedRules.status(VisitStatus.CONFIRMED));
        assertEquals(CalendarEvent.Status.CONFIRMED, FeedRules.status(VisitStatus.COMPLETED));
        assertEquals(CalendarEvent.Status.CANCELLED, FeedRules.status(VisitStatus.CANCELLED));
    }

    @Test
    void aCancelledVisitStaysInTheFeedForThirtyDaysAfterItWasCancelled() {
        assertTrue(FeedRules.shown(VisitStatus.CANCELLED, NOW, NOW));
        assertTrue(FeedRules.shown(VisitStatus.CANCELLED, NOW.minus(Duration.ofDays(30)), NOW));
        assertFalse(FeedRules.shown(VisitStatus.CANCELLED, NOW.minus(Duration.ofDays(30)).minusSeconds(1), NOW));
    }

    @Test
    void everyOtherVisitIsShownHoweverLongAgoItChanged() {
        for (VisitStatus status : new VisitStatus[] {VisitStatus.REQUESTED, VisitStatus.PROPOSED, VisitStatus.CONFIRMED,
                VisitStatus.COMPLETED}) {
            assertTrue(FeedRules.shown(status, NOW.minus(Duration.ofDays(400)), NOW), status.name());
        }
    }
}
