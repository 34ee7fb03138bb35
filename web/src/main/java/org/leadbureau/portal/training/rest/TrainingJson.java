package org.leadbureau.portal.training.rest;

import java.time.Instant;
import java.util.List;
import org.leadbureau.portal.training.boundary.TrainingSummary;
import org.leadbureau.portal.training.entity.TrainingFormat;
import org.leadbureau.portal.training.entity.TrainingStatus;

/**
 * A training as {@code /api/trainings} answers it (JSON-B writes the components, in name order). Labels that only
 * pages need, such as the format's wording, are not part of it: clients have {@code format}.
 */
public record TrainingJson(String slug, String title, String description, String topics, String audience,
                           TrainingFormat format, Instant start, Instant end, String zone, String when, String venue,
                           int capacity, long seated, long seatsLeft, String availability, TrainingStatus status,
                           boolean registrationOpen, Instant registrationOpens, Instant registrationCloses,
                           List<String> questions, boolean demo) {

    static TrainingJson of(TrainingSummary training) {
        return new TrainingJson(training.getSlug(), training.getTitle(), training.getDescription(), training.getTopics(),
                training.getAudience(), training.getFormat(), training.getStart(), training.getEnd(), training.getZone(),
                training.getWhen(), training.getVenue(), training.getCapacity(), training.getSeated(),
                training.getSeatsLeft(), training.getAvailability(), training.getStatus(), training.isRegistrationOpen(),
                training.getRegistrationOpens(), training.getRegistrationCloses(), training.getQuestions(), training.isDemo());
    }
}
