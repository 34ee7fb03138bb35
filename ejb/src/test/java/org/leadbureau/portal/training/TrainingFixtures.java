package org.leadbureau.portal.training;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.leadbureau.portal.training.entity.Registrant;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingDetails;
import org.leadbureau.portal.training.entity.TrainingFormat;

/** Trainings and registrants for unit tests. */
public final class TrainingFixtures {

    public static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private TrainingFixtures() {
    }

    /** A published hybrid training from {@code start} (local time in Los Angeles) for two hours. */
    public static Training published(LocalDateTime start, int capacity, Instant publishedAt) {
        var training = new Training("case-management-basics", details(start, capacity), publishedAt);
        training.publish(publishedAt);
        return training;
    }

    public static TrainingDetails details(LocalDateTime start, int capacity) {
        return new TrainingDetails("Case management <basics> & more", "How LEAD case managers work.\nWith practice.",
                "case management", "case managers", TrainingFormat.HYBRID, start.atZone(LOS_ANGELES).toInstant(),
                start.plusHours(2).atZone(LOS_ANGELES).toInstant(), LOS_ANGELES, "King County Courthouse, Seattle",
                "https://meet.example.org/lead-basics", capacity, null, null, List.of("Accessibility needs"));
    }

    public static Registrant registrant(String name) {
        return new Registrant(name, name.toLowerCase().replace(' ', '.') + "@example.org", "Bureau", "Case manager",
                "Seattle, WA", "");
    }
}
