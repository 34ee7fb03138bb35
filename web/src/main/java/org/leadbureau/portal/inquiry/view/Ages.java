package org.leadbureau.portal.inquiry.view;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How staff pages write times: instants in UTC (labelled), durations in the largest whole unit. */
final class Ages {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Ages() {
    }

    static String describe(Duration duration) {
        if (duration == null) {
            return "";
        }
        long days = duration.toDays();
        if (days > 0) {
            return plural(days, "day");
        }
        long hours = duration.toHours();
        if (hours > 0) {
            return plural(hours, "hour");
        }
        return plural(Math.max(0, duration.toMinutes()), "minute");
    }

    static String time(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
