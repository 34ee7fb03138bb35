package org.leadbureau.portal.visits.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Visit times as people and refusals name them: ISO local date-times in the visit's zone, the zone named. */
public final class VisitDates {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private VisitDates() {
    }

    /** "2027-03-15T09:00". */
    public static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(LocalDateTime.ofInstant(instant, zone));
    }

    /** "2027-03-15T09:00 to 2027-03-17T17:00 America/Los_Angeles". */
    public static String range(Instant start, Instant end, ZoneId zone) {
        return local(start, zone) + " to " + local(end, zone) + " " + zone.getId();
    }
}
