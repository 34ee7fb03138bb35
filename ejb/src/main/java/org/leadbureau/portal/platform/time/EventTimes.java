package org.leadbureau.portal.platform.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Event times in words, always in a named zone ("Monday, March 16, 2026, 10:00 AM PDT"), so that nobody has
 * to guess which zone a time is in. US English, as the Bureau writes.
 */
public final class EventTimes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);

    private EventTimes() {
    }

    /** "10:00 AM PDT". */
    public static String time(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return TIME.format(local) + " " + ZONE.format(local);
    }

    /** "March 16, 2026" with the weekday: "Monday, March 16, 2026". */
    public static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    /** "Monday, March 16, 2026, 10:00 AM PDT". */
    public static String dateTime(Instant instant, ZoneId zone) {
        return date(instant, zone) + ", " + time(instant, zone);
    }

    /** "Mon, Mar 16, 2026, 10:00 AM PDT": the same in less room, for tables. */
    public static String shortDateTime(Instant instant, ZoneId zone) {
        return SHORT_DATE.format(instant.atZone(zone)) + ", " + time(instant, zone);
    }

    /**
     * "Monday, March 16, 2026, 10:00 AM – 12:00 PM PDT" on one day (the zone named once when it does not
     * change in between); both dates in full otherwise.
     */
    public static String range(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            String fromZone = ZONE.format(from);
            String toZone = ZONE.format(to);
            String first = fromZone.equals(toZone) ? TIME.format(from) : time(start, zone);
            return date(start, zone) + ", " + first + " – " + time(end, zone);
        }
        return dateTime(start, zone) + " – " + dateTime(end, zone);
    }

    /** The zone's long name for people, e.g. "Pacific Time (America/Los_Angeles)". */
    public static String zoneName(ZoneId zone) {
        return zone.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Locale.US)
                .replace("Standard Time", "Time") + " (" + zone.getId() + ")";
    }
}
