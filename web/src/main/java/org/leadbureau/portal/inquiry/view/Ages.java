package org.leadbureau.portal.inquiry.view;

import java.time.Duration;

/** How staff pages write ages: durations in the largest whole unit. */
final class Ages {

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

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
