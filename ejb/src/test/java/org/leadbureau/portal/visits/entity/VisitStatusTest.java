package org.leadbureau.portal.visits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisitStatusTest {

    @Test
    void requestedProposedAndConfirmedHoldTheTrainersTime() {
        assertEquals(EnumSet.of(VisitStatus.REQUESTED, VisitStatus.PROPOSED, VisitStatus.CONFIRMED),
                EnumSet.copyOf(VisitStatus.BLOCKING));
        assertFalse(VisitStatus.CANCELLED.isBlocking());
        assertFalse(VisitStatus.COMPLETED.isBlocking());
    }

    @Test
    void aVisitMovesForwardOrIsCancelledButNeverBack() {
        assertTrue(VisitStatus.REQUESTED.canBecome(VisitStatus.PROPOSED));
        assertTrue(VisitStatus.REQUESTED.canBecome(VisitStatus.CONFIRMED));
        assertTrue(VisitStatus.PROPOSED.canBecome(VisitStatus.CONFIRMED));
        assertTrue(VisitStatus.CONFIRMED.canBecome(VisitStatus.COMPLETED));
        assertFalse(VisitStatus.PROPOSED.canBecome(VisitStatus.COMPLETED), "only a confirmed visit took place");
        assertFalse(VisitStatus.CONFIRMED.canBecome(VisitStatus.PROPOSED));
        for (VisitStatus status : VisitStatus.values()) {
            assertFalse(status.canBecome(VisitStatus.REQUESTED));
            assertEquals(status.isBlocking(), status.canBecome(VisitStatus.CANCELLED));
        }
        for (VisitStatus done : Set.of(VisitStatus.CANCELLED, VisitStatus.COMPLETED)) {
            for (VisitStatus next : VisitStatus.values()) {
                assertFalse(done.canBecome(next), done + " → " + next);
            }
        }
    }
}
