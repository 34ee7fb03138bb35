package org.leadbureau.portal.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EventTimesTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void aTrainingOnTheMondayAfterTheSpringChangeIsAtTenInDaylightTime() {
        // Clocks went forward on Sunday, March 8, 2026: the Monday after is UTC-7, the Monday before UTC-8.
        Instant after = LocalDateTime.of(2026, 3, 9, 10, 0).atZone(LOS_ANGELES).toInstant();
        Instant before = LocalDateTime.of(2026, 3, 2, 10, 0).atZone(LOS_ANGELES).toInstant();

        assertEquals(Instant.parse("2026-03-09T17:00:00Z"), after);
        assertEquals(Instant.parse("2026-03-02T18:00:00Z"), before);
        assertEquals("10:00 AM PDT", EventTimes.time(after, LOS_ANGELES));
        assertEquals("10:00 AM PST", EventTimes.time(before, LOS_ANGELES));
        assertEquals("Monday, March 9, 2026, 10:00 AM PDT", EventTimes.dateTime(after, LOS_ANGELES));
    }

    @Test
    void aRangeOnOneDayNamesTheDateOnceAndTheZone() {
        Instant start = Instant.parse("2026-03-09T17:00:00Z");
        assertEquals("Monday, March 9, 2026, 10:00 AM – 12:30 PM PDT",
                EventTimes.range(start, start.plusSeconds(9000), LOS_ANGELES));
    }

    @Test
    void aRangeAcrossTheChangeNamesBothZones() {
        // Saturday 11 PM PST to Sunday 4 AM PDT, the night of the change.
        Instant start = LocalDateTime.of(2026, 3, 7, 23, 0).atZone(LOS_ANGELES).toInstant();
        Instant end = LocalDateTime.of(2026, 3, 8, 4, 0).atZone(LOS_ANGELES).toInstant();
        assertEquals("Saturday, March 7, 2026, 11:00 PM PST – Sunday, March 8, 2026, 4:00 AM PDT",
                EventTimes.range(start, end, LOS_ANGELES));
        // Four hours of clock time, three of real time: the hour from 2 to 3 AM did not exist.
        assertEquals(4 * 3600, end.getEpochSecond() - start.getEpochSecond());
    }

    @Test
    void theSameInstantReadsDifferentlyForAViewerElsewhere() {
        Instant start = Instant.parse("2026-03-09T17:00:00Z");
        assertEquals("1:00 PM EDT", EventTimes.time(start, ZoneId.of("America/New_York")));
        assertEquals("6:00 PM CET", EventTimes.time(start, ZoneId.of("Europe/Berlin")));
    }
}
