package org.leadbureau.portal.visits.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VisitWordingTest {

    private static final Instant T = Instant.EPOCH;

    @Test
    void travelTimeIsSaidInDaysWhenWholeDaysOtherwiseInHours() {
        assertEquals("1 day", VisitWording.words(Duration.ofDays(1)));
        assertEquals("2 days", VisitWording.words(Duration.ofHours(48)));
        assertEquals("12 hours", VisitWording.words(Duration.ofHours(12)));
        assertEquals("1 hour", VisitWording.words(Duration.ofMinutes(60)));
    }

    @Test
    void anOverlapNamesTheClashAndATravelGapSaysWhy() {
        Commitment booked = Commitment.onSite("“Launch” at Santa Fe LEAD (NM), …", 1, T, T.plus(Duration.ofHours(8)));
        Commitment overlapping = Commitment.virtual("Call", T.plus(Duration.ofHours(2)), T.plus(Duration.ofHours(3)));
        assertEquals("Rita Rivera is already booked then for the site visit “Launch” at Santa Fe LEAD (NM), ….",
                VisitWording.notFree("Rita Rivera", overlapping, booked, Duration.ofDays(1)));

        Commitment nextMorning = Commitment.onSite("Review", 2, T.plus(Duration.ofHours(20)), T.plus(Duration.ofHours(28)));
        assertEquals("Rita Rivera is already booked then for the site visit “Launch” at Santa Fe LEAD (NM), …."
                        + " On-site visits need 1 day of travel time before and after, unless at the same site.",
                VisitWording.notFree("Rita Rivera", nextMorning, booked, Duration.ofDays(1)));
    }

    @Test
    void unavailabilityIsNamedFromEitherSide() {
        Commitment leave = Commitment.unavailable("Annual leave", T, T.plus(Duration.ofDays(7)));
        Commitment visit = Commitment.virtual("“Call” at Burien", T.plus(Duration.ofDays(1)), T.plus(Duration.ofDays(2)));
        assertEquals("Kim Kowalski is not available then: Annual leave.",
                VisitWording.notFree("Kim Kowalski", visit, leave, Duration.ofDays(1)));
        assertEquals("Kim Kowalski is booked then for the site visit “Call” at Burien. Cancel or change that visit first.",
                VisitWording.notFree("Kim Kowalski", leave, visit, Duration.ofDays(1)));
    }
}
