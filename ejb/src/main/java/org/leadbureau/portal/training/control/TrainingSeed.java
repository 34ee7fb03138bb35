package org.leadbureau.portal.training.control;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.leadbureau.portal.training.entity.TrainingDetails;
import org.leadbureau.portal.training.entity.TrainingFormat;

/**
 * A seeded training, with its date relative to the day of import ("21 days ahead at 10:00 America/Chicago"), so
 * that a fresh portal always shows upcoming trainings. {@code opensDaysBefore} is null for the default window.
 * {@code demo} marks a made-up example event, loaded only with PORTAL_DEMO.
 */
public record TrainingSeed(String slug, boolean demo, String title, TrainingFormat format, int daysAhead, LocalTime startTime,
                           Duration duration, ZoneId zone, int capacity, Integer opensDaysBefore, String venue,
                           String joinLink, String topics, String audience, List<String> questions,
                           String description) {

    /** The details on {@code importDate}: the start is that date plus the days ahead, at the local time in the zone. */
    public TrainingDetails details(LocalDate importDate) {
        ZonedDateTime start = importDate.plusDays(daysAhead).atTime(startTime).atZone(zone);
        var opens = opensDaysBefore == null ? null : start.minusDays(opensDaysBefore).toInstant();
        return new TrainingDetails(title, description, topics, audience, format, start.toInstant(),
                start.plus(duration).toInstant(), zone, venue, joinLink, capacity, opens, null, questions);
    }
}
