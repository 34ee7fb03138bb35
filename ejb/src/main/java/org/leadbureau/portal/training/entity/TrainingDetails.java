package org.leadbureau.portal.training.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What staff (or the seed) say about a training. {@code opens}/{@code closes} may be null: registration then
 * opens at publication and closes at the start. {@code questions} are extra questions put to registrants.
 */
public record TrainingDetails(
        String title,
        String description,
        String topics,
        String audience,
        TrainingFormat format,
        Instant start,
        Instant end,
        ZoneId zone,
        String venue,
        String joinLink,
        int capacity,
        Instant opens,
        Instant closes,
        List<String> questions) {

    public TrainingDetails {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
