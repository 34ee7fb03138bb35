package org.leadbureau.portal.visits.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConflictRulesTest {

    private static final ZoneId SEATTLE = ZoneId.of("America/Los_Angeles");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
    private static final ZoneId PORTLAND_MAINE = ZoneId.of("America/New_York");
    private static final long SEATTLE_SITE = 1;
    private static final long TACOMA_SITE = 2;

    private final ConflictRules rules = new ConflictRules(ConflictRules.DEFAULT_TRAVEL_BUFFER);

    @Test
    void overlappingVisitsClashWhateverTheirFormat() {
        Commitment first = Commitment.virtual("first", at(SEATTLE, "2027-03-15T09:00"), at(SEATTLE, "2027-03-16T17:00"));
        Commitment second = Commitment.virtual("second", at(SEATTLE, "2027-03-16T09:00"), at(SEATTLE, "2027-03-16T12:00"));
        assertTrue(rules.clash(first, second));
        assertTrue(rules.clash(second, first));
        assertTrue(rules.clash(onSite(SEATTLE_SITE, "2027-03-15T09:00", "2027-03-16T17:00"),
                onSite(SEATTLE_SITE, "2027-03-16T09:00", "2027-03-16T12:00")), "the same site does not excuse an overlap");
    }

    @Test
    void onSiteVisitsAtDifferentSitesNeedTheTravelBufferBeforeAndAfter() {
        Commitment seattle = onSite(SEATTLE_SITE, "2027-03-15T09:00", "2027-03-17T17:00");
        assertTrue(rules.clash(seattle, onSite(TACOMA_SITE, "2027-03-18T09:00", "2027-03-18T17:00")),
                "16 hours after is within the day of travel");
        assertFalse(rules.clash(seattle, onSite(TACOMA_SITE, "2027-03-18T17:00", "2027-03-19T17:00")),
                "exactly one day after is fine");
        assertTrue(rules.clash(onSite(TACOMA_SITE, "2027-03-13T09:00", "2027-03-14T12:00"), seattle),
                "the buffer applies before too");
        assertFalse(rules.clash(onSite(TACOMA_SITE, "2027-03-13T09:00", "2027-03-14T09:00"), seattle));
    }

    @Test
    void onSiteVisitsAtTheSameSiteNeedNoBuffer() {
        Commitment monday = onSite(SEATTLE_SITE, "2027-03-15T09:00", "2027-03-15T17:00");
        assertFalse(rules.clash(monday, onSite(SEATTLE_SITE, "2027-03-16T09:00", "2027-03-16T17:00")));
        assertFalse(rules.clash(monday, onSite(SEATTLE_SITE, "2027-03-15T17:00", "2027-03-15T19:00")), "back to back");
    }

    @Test
    void virtualVisitsNeedNoBufferBetweenThemButNotDuringAnOnSiteVisitsTravel() {
        Commitment morning = Commitment.virtual("morning", at(SEATTLE, "2027-03-15T09:00"), at(SEATTLE, "2027-03-15T12:00"));
        Commitment afternoon = Commitment.virtual("afternoon", at(SEATTLE, "2027-03-15T13:00"), at(SEATTLE, "2027-03-15T17:00"));
        assertFalse(rules.clash(morning, afternoon));
        assertEquals(Duration.ZERO, rules.requiredGap(morning, afternoon));

        Commitment onSite = onSite(TACOMA_SITE, "2027-03-16T09:00", "2027-03-16T17:00");
        assertTrue(rules.clash(afternoon, onSite), "the trainer travels the evening before");
        assertFalse(rules.clash(morning, onSite(TACOMA_SITE, "2027-03-16T12:00", "2027-03-16T17:00")));
    }

    @Test
    void halfDaysAtOneSiteShareADayAndHalfDaysAtTwoSitesDoNot() {
        Commitment morning = onSite(SEATTLE_SITE, "2027-03-15T08:30", "2027-03-15T12:00");
        assertFalse(rules.clash(morning, onSite(SEATTLE_SITE, "2027-03-15T13:00", "2027-03-15T17:00")));
        assertTrue(rules.clash(morning, onSite(TACOMA_SITE, "2027-03-15T13:00", "2027-03-15T17:00")));
        assertFalse(rules.clash(Commitment.virtual("call", at(SEATTLE, "2027-03-15T09:00"), at(SEATTLE, "2027-03-15T12:00")),
                Commitment.virtual("call", at(SEATTLE, "2027-03-15T12:00"), at(SEATTLE, "2027-03-15T17:00"))));
    }

    @Test
    void unavailabilityBlocksItsPeriodAndTheTravelAroundOnSiteVisits() {
        Commitment leave = Commitment.unavailable("Leave", at(SEATTLE, "2027-03-20T00:00"), at(SEATTLE, "2027-03-27T00:00"));
        assertTrue(rules.clash(Commitment.virtual("call", at(SEATTLE, "2027-03-26T10:00"), at(SEATTLE, "2027-03-26T11:00")), leave));
        assertFalse(rules.clash(Commitment.virtual("call", at(SEATTLE, "2027-03-27T10:00"), at(SEATTLE, "2027-03-27T11:00")), leave));
        assertTrue(rules.clash(onSite(SEATTLE_SITE, "2027-03-27T10:00", "2027-03-27T17:00"), leave),
                "nobody travels during their leave");
        assertFalse(rules.clash(onSite(SEATTLE_SITE, "2027-03-28T00:00", "2027-03-28T17:00"), leave));
    }

    @Test
    void aVisitAcrossTheAutumnDaylightSavingChangeEndsAtItsLocalEndTime() {
        // Chicago falls back on Sunday 2026-11-01 at 02:00: the visit lasts 58 hours, one more than the clock shows.
        Instant start = at(CHICAGO, "2026-10-30T09:00");
        Instant end = at(CHICAGO, "2026-11-01T18:00");
        Commitment visit = Commitment.onSite("Chicago", 3, start, end);

        Commitment nextEveningDaylightReckoning = Commitment.onSite("Peoria", 4,
                at(CHICAGO, "2026-11-02T17:30"), at(CHICAGO, "2026-11-02T20:00"));
        assertTrue(rules.clash(visit, nextEveningDaylightReckoning),
                "17:30 CST the next day is 23.5 hours later (with the start's daylight offset it would wrongly seem 24.5)");
        assertFalse(rules.clash(visit, Commitment.onSite("Peoria", 4, at(CHICAGO, "2026-11-02T18:00"), at(CHICAGO, "2026-11-02T20:00"))));
    }

    @Test
    void aVisitAcrossTheSpringChangeOverlapsByInstantsNotByLocalClock() {
        // Seattle springs forward on 2027-03-14 at 02:00; 01:30 PST and 03:30 PDT are one hour apart.
        Commitment night = Commitment.virtual("night", at(SEATTLE, "2027-03-14T00:00"), at(SEATTLE, "2027-03-14T03:30"));
        Commitment after = Commitment.virtual("after", at(SEATTLE, "2027-03-14T03:30"), at(SEATTLE, "2027-03-14T05:00"));
        assertFalse(rules.clash(night, after));

        // On site: from 03:00 PST on Saturday to 03:30 PDT on Sunday is 23.5 hours, less than the day of travel
        // (by the clock it would seem 24.5).
        Commitment saturday = onSite(SEATTLE_SITE, "2027-03-12T09:00", "2027-03-13T03:00");
        assertTrue(rules.clash(saturday, onSite(TACOMA_SITE, "2027-03-14T03:30", "2027-03-14T12:00")));
        assertFalse(rules.clash(saturday, onSite(TACOMA_SITE, "2027-03-14T04:00", "2027-03-14T12:00")));
    }

    @Test
    void visitsInHawaiiAndMaineForOneTrainerCompareAsInstants() {
        // Wednesday 9–5 in Portland, Maine (13:00–21:00 UTC) and Wednesday 8–12 in Honolulu (18:00–22:00 UTC).
        Commitment maine = Commitment.virtual("Maine", at(PORTLAND_MAINE, "2027-06-16T09:00"), at(PORTLAND_MAINE, "2027-06-16T17:00"));
        Commitment hawaii = Commitment.virtual("Hawaii", at(HONOLULU, "2027-06-16T08:00"), at(HONOLULU, "2027-06-16T12:00"));
        assertTrue(rules.clash(maine, hawaii), "8 AM in Honolulu is 2 PM in Maine");
        Commitment hawaiiEarly = Commitment.virtual("Hawaii", at(HONOLULU, "2027-06-16T02:00"), at(HONOLULU, "2027-06-16T03:00"));
        assertFalse(rules.clash(maine, hawaiiEarly), "2 AM in Honolulu is 8 AM in Maine");

        // On site: leaving Maine at 5 PM Tuesday, a Wednesday 8 AM start in Honolulu is 21 hours later.
        Commitment maineOnSite = Commitment.onSite("Maine", 10, at(PORTLAND_MAINE, "2027-06-14T09:00"), at(PORTLAND_MAINE, "2027-06-15T17:00"));
        Commitment hawaiiOnSite = Commitment.onSite("Hawaii", 11, at(HONOLULU, "2027-06-16T08:00"), at(HONOLULU, "2027-06-17T17:00"));
        assertTrue(rules.clash(maineOnSite, hawaiiOnSite));
        assertFalse(rules.clash(maineOnSite, Commitment.onSite("Hawaii", 11, at(HONOLULU, "2027-06-16T11:00"), at(HONOLULU, "2027-06-17T17:00"))),
                "11 AM in Honolulu is exactly 24 hours after 5 PM in Maine");
    }

    @Test
    void theBufferIsConfigurableAndTheEarliestClashIsNamed() {
        var halfDay = new ConflictRules(Duration.ofHours(12));
        Commitment seattle = onSite(SEATTLE_SITE, "2027-03-15T09:00", "2027-03-15T17:00");
        Commitment tacomaNextDay = onSite(TACOMA_SITE, "2027-03-16T09:00", "2027-03-16T17:00");
        assertFalse(halfDay.clash(seattle, tacomaNextDay));
        assertTrue(rules.clash(seattle, tacomaNextDay));

        Commitment later = Commitment.virtual("later", at(SEATTLE, "2027-03-16T09:00"), at(SEATTLE, "2027-03-16T10:00"));
        Commitment earlier = Commitment.virtual("earlier", at(SEATTLE, "2027-03-15T09:00"), at(SEATTLE, "2027-03-15T10:00"));
        Commitment candidate = Commitment.virtual("candidate", at(SEATTLE, "2027-03-15T00:00"), at(SEATTLE, "2027-03-17T00:00"));
        assertEquals(Optional.of(earlier), rules.firstClash(candidate, List.of(later, earlier)));
        assertEquals(Optional.empty(), rules.firstClash(candidate, List.of()));
    }

    private static Commitment onSite(long site, String start, String end) {
        return Commitment.onSite("site " + site, site, at(SEATTLE, start), at(SEATTLE, end));
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
