package org.leadbureau.portal.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    private static final Instant START = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

    @Test
    void eachEventCarriesItsStatusAndOnlyACancelledOneLeavesTheTimeFree() {
        String tentative = write(CalendarEvent.Status.TENTATIVE);
        String confirmed = write(CalendarEvent.Status.CONFIRMED);
        String cancelled = write(CalendarEvent.Status.CANCELLED);

        assertTrue(tentative.contains("STATUS:TENTATIVE\r\n") && tentative.contains("TRANSP:OPAQUE\r\n"), tentative);
        assertTrue(confirmed.contains("STATUS:CONFIRMED\r\n") && confirmed.contains("TRANSP:OPAQUE\r\n"), confirmed);
        assertTrue(cancelled.contains("STATUS:CANCELLED\r\n") && cancelled.contains("TRANSP:TRANSPARENT\r\n"), cancelled);
    }

    private static String write(CalendarEvent.Status status) {
        CalendarEvent event = new CalendarEvent("uid-1@leadbureau", 0, "Busy", null, null, null, START,
                START.plus(2, ChronoUnit.HOURS), ZoneId.of("America/Los_Angeles"), status, List.of());
        return new ICalendarWriter("portal@leadbureau.test").write(CalendarMethod.PUBLISH, List.of(event), Instant.now());
    }
}
