package org.leadbureau.portal.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.i18n.Language;

class EventTimesTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void aTrainingOnTheMondayAfterTheSpringChangeIsNamedInDaylightTime() {
        // Clocks went forward on Sunday, March 8, 2026: 17:00 UTC is 10 AM PDT on the Monday after, 9 AM PST before.
        Instant after = Instant.parse("2026-03-09T17:00:00Z");
        Instant before = Instant.parse("2026-03-02T17:00:00Z");

        assertEquals("10:00 AM PDT", EventTimes.time(after, LOS_ANGELES));
        assertEquals("9:00 AM PST", EventTimes.time(before, LOS_ANGELES));
        assertEquals("Monday, March 9, 2026, 10:00 AM PDT", EventTimes.dateTime(after, LOS_ANGELES));
        assertEquals("Monday, March 2, 2026", EventTimes.date(before, LOS_ANGELES));
    }

    @Test
    void aTableCellNamesTheDayAndZoneShortlyWithoutSecondsOrIsoLetters() {
        Instant queued = Instant.parse("2026-12-01T10:03:43.123456Z");
        assertEquals("Tue, Dec 1, 2026, 2:03 AM PST", EventTimes.shortDateTime(queued, LOS_ANGELES));
        assertEquals("Tue, Dec 1, 2026, 5:03 AM EST", EventTimes.shortDateTime(queued, ZoneId.of("America/New_York")));
    }

    @Test
    void aRangeOnOneDayNamesTheDateOnceAndTheZone() {
        Instant start = Instant.parse("2026-03-09T17:00:00Z");
        assertEquals("Monday, March 9, 2026, 10:00 AM – 12:30 PM PDT",
                EventTimes.range(start, start.plusSeconds(9000), LOS_ANGELES));
    }

    @Test
    void aRangeOnTheDayOfTheChangeNamesTheZoneAtEachEnd() {
        // 1 AM PST to 4 AM PDT on the night of the change: two hours, though the clock moves three.
        Instant start = Instant.parse("2026-03-08T09:00:00Z");
        assertEquals("Sunday, March 8, 2026, 1:00 AM PST – 4:00 AM PDT",
                EventTimes.range(start, start.plusSeconds(2 * 3600), LOS_ANGELES));
    }

    @Test
    void aRangeOverSeveralDaysNamesBothDatesAndZones() {
        // Saturday 11 PM PST to Sunday 4 AM PDT, the night of the change.
        assertEquals("Saturday, March 7, 2026, 11:00 PM PST – Sunday, March 8, 2026, 4:00 AM PDT",
                EventTimes.range(Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-03-08T11:00:00Z"), LOS_ANGELES));
    }

    @Test
    void theSameInstantReadsDifferentlyForAViewerElsewhere() {
        Instant start = Instant.parse("2026-03-09T17:00:00Z");
        assertEquals("1:00 PM EDT", EventTimes.time(start, ZoneId.of("America/New_York")));
        assertEquals("6:00 PM CET", EventTimes.time(start, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void aZoneIsNamedForPeopleWithItsIdentifier() {
        assertEquals("Pacific Time (America/Los_Angeles)", EventTimes.zoneName(LOS_ANGELES));
    }

    @Test
    void inSpanishTheDayComesBeforeTheMonthAndTheHourIsOfTheMorningOrAfternoon() {
        Instant start = Instant.parse("2026-12-14T18:00:00Z");
        ZoneId newYork = ZoneId.of("America/New_York");

        assertEquals("lunes, 14 de diciembre de 2026, 1:00 p. m. EST", spaced(EventTimes.dateTime(start, newYork, Language.ES)));
        assertEquals("lunes, 14 de diciembre de 2026", EventTimes.date(start, newYork, Language.ES));
        assertEquals("10:00 a. m. PST", spaced(EventTimes.time(start, LOS_ANGELES, Language.ES)));
        assertEquals("lun, 14 dic. 2026, 1:00 p. m. EST", spaced(EventTimes.shortDateTime(start, newYork, Language.ES)));
        assertEquals("lunes, 14 de diciembre de 2026, 10:00 a. m. – 12:30 p. m. PST",
                spaced(EventTimes.range(start, start.plusSeconds(9000), LOS_ANGELES, Language.ES)));
    }

    @Test
    void inSpanishTheZoneKeepsItsAbbreviationAndIsNamedInSpanish() {
        Instant summer = Instant.parse("2026-07-14T18:00:00Z");
        assertEquals("martes, 14 de julio de 2026, 11:00 a. m. PDT", spaced(EventTimes.dateTime(summer, LOS_ANGELES, Language.ES)));
        assertEquals("Hora del Pacífico (America/Los_Angeles)", EventTimes.zoneName(LOS_ANGELES, Language.ES));
        assertEquals("Pacific Time (America/Los_Angeles)", EventTimes.zoneName(LOS_ANGELES, Language.EN));
    }

    @Test
    void englishIsTheSameWhetherAskedForOrNot() {
        Instant start = Instant.parse("2026-03-09T17:00:00Z");
        assertEquals(EventTimes.range(start, start.plusSeconds(3600), LOS_ANGELES),
                EventTimes.range(start, start.plusSeconds(3600), LOS_ANGELES, Language.EN));
    }

    /** The JDK writes "p. m." with a no-break space inside; what matters to a reader is the words. */
    private static String spaced(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ");
    }
}
