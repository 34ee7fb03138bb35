package org.leadbureau.portal.platform.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Language;

/**
 * Event times in words, always in a named zone ("Monday, March 16, 2026, 10:00 AM PDT"), so that nobody has
 * to guess which zone a time is in. US English, as the Bureau writes, unless a language is given: in Spanish
 * "lunes, 16 de marzo de 2026, 10:00 a. m. PDT". The JDK's no-break space inside "a. m." is kept on purpose: it
 * keeps the abbreviation on one line in pages and mails.
 */
public final class EventTimes {

    /** The patterns of one language; the zone is always the short name ("PDT") where the JDK has one. */
    private record Formats(DateTimeFormatter date, DateTimeFormatter time, DateTimeFormatter shortDate,
            DateTimeFormatter zone) {

        static Formats of(Language language, String date, String shortDate) {
            return new Formats(DateTimeFormatter.ofPattern(date, language.locale()),
                    DateTimeFormatter.ofPattern("h:mm a", language.locale()),
                    DateTimeFormatter.ofPattern(shortDate, language.locale()),
                    DateTimeFormatter.ofPattern("zzz", language.locale()));
        }
    }

    private static final Map<Language, Formats> FORMATS = new EnumMap<>(Map.of(
            Language.EN, Formats.of(Language.EN, "EEEE, MMMM d, yyyy", "EEE, MMM d, yyyy"),
            Language.ES, Formats.of(Language.ES, "EEEE, d 'de' MMMM 'de' yyyy", "EEE, d MMM yyyy")));

    private EventTimes() {
    }

    /** "10:00 AM PDT". */
    public static String time(Instant instant, ZoneId zone) {
        return time(instant, zone, Language.EN);
    }

    /** "10:00 AM PDT", "10:00 a. m. PDT". */
    public static String time(Instant instant, ZoneId zone, Language language) {
        Formats formats = FORMATS.get(language);
        ZonedDateTime local = instant.atZone(zone);
        return formats.time().format(local) + " " + formats.zone().format(local);
    }

    /** "March 16, 2026" with the weekday: "Monday, March 16, 2026". */
    public static String date(Instant instant, ZoneId zone) {
        return date(instant, zone, Language.EN);
    }

    /** "Monday, March 16, 2026", "lunes, 16 de marzo de 2026". */
    public static String date(Instant instant, ZoneId zone, Language language) {
        return FORMATS.get(language).date().format(instant.atZone(zone));
    }

    /** "Monday, March 16, 2026, 10:00 AM PDT". */
    public static String dateTime(Instant instant, ZoneId zone) {
        return dateTime(instant, zone, Language.EN);
    }

    /** "Monday, March 16, 2026, 10:00 AM PDT" in the language given. */
    public static String dateTime(Instant instant, ZoneId zone, Language language) {
        return date(instant, zone, language) + ", " + time(instant, zone, language);
    }

    /** "Mon, Mar 16, 2026, 10:00 AM PDT": the same in less room, for tables. */
    public static String shortDateTime(Instant instant, ZoneId zone) {
        return shortDateTime(instant, zone, Language.EN);
    }

    /** "Mon, Mar 16, 2026, 10:00 AM PDT", "lun, 16 mar. 2026, 10:00 a. m. PDT". */
    public static String shortDateTime(Instant instant, ZoneId zone, Language language) {
        return FORMATS.get(language).shortDate().format(instant.atZone(zone)) + ", " + time(instant, zone, language);
    }

    /**
     * "Monday, March 16, 2026, 10:00 AM – 12:00 PM PDT" on one day (the zone named once when it does not
     * change in between); both dates in full otherwise.
     */
    public static String range(Instant start, Instant end, ZoneId zone) {
        return range(start, end, zone, Language.EN);
    }

    /** {@link #range(Instant, Instant, ZoneId)} in the language given. */
    public static String range(Instant start, Instant end, ZoneId zone, Language language) {
        Formats formats = FORMATS.get(language);
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            boolean oneZone = formats.zone().format(from).equals(formats.zone().format(to));
            String first = oneZone ? formats.time().format(from) : time(start, zone, language);
            return date(start, zone, language) + ", " + first + " – " + time(end, zone, language);
        }
        return dateTime(start, zone, language) + " – " + dateTime(end, zone, language);
    }

    /** The zone's long name for people, e.g. "Pacific Time (America/Los_Angeles)". */
    public static String zoneName(ZoneId zone) {
        return zoneName(zone, Language.EN);
    }

    /** "Pacific Time (America/Los_Angeles)", "Hora del Pacífico (America/Los_Angeles)". */
    public static String zoneName(ZoneId zone, Language language) {
        // The name for the whole year ("Pacific Time"), not the standard time's, which is wrong half of it.
        String name = zone.getDisplayName(TextStyle.FULL_STANDALONE, language.locale()).replace("Standard Time", "Time");
        return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1) + " (" + zone.getId() + ")";
    }
}
