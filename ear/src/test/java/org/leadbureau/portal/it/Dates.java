package org.leadbureau.portal.it;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;

/** Dates for tests, counted from today, so that no test starts failing once a fixed date has passed. */
public final class Dates {

    private Dates() {
    }

    /** The year after this one: its dates are all ahead, and fall on the same season every run. */
    public static int nextYear() {
        return LocalDate.now().getYear() + 1;
    }

    /** A day as a Spanish-speaking reader writes it: "lunes, 14 de diciembre de 2026". */
    public static String inSpanish(LocalDate day) {
        Locale spanish = Locale.forLanguageTag("es-US");
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, spanish) + ", " + day.getDayOfMonth() + " de "
                + day.getMonth().getDisplayName(TextStyle.FULL, spanish) + " de " + day.getYear();
    }

    /**
     * The first Monday after the zone's next spring change (clocks going forward): that day and the months after
     * it are in the zone's summer time.
     */
    public static LocalDate mondayAfterNextSpringChange(ZoneId zone) {
        Instant from = Instant.now();
        ZoneOffsetTransition transition;
        do {
            transition = zone.getRules().nextTransition(from);
            from = transition.getInstant();
        } while (!transition.isGap());
        return transition.getDateTimeAfter().toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}
