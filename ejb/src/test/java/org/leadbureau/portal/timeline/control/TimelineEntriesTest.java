package org.leadbureau.portal.timeline.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.timeline.boundary.TimelineEntry;
import org.leadbureau.portal.timeline.boundary.TimelineKind;
import org.leadbureau.portal.training.TrainingFixtures;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;

class TimelineEntriesTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aTrainingSaysHowManyOfTheSitesPeopleHoldEachPlaceLeavingOutCancellations() {
        Training training = TrainingFixtures.published(LocalDateTime.now().plusDays(10).withNano(0), 5, NOW);

        TimelineEntry entry = TimelineEntries.training(training, Map.of(RegistrationStatus.ATTENDED, 2L,
                RegistrationStatus.WAITLISTED, 1L, RegistrationStatus.CANCELLED, 3L));

        assertEquals(TimelineKind.TRAINING, entry.kind());
        assertEquals(training.getStartsAt(), entry.at());
        assertEquals("Training: " + training.getTitle(), entry.title());
        assertEquals("From this site: 1 waitlisted, 2 attended", entry.detail());
        assertEquals("/staff/trainings/" + training.getSlug(), entry.link());
    }

    @Test
    void anEvaluationSaysItsRatingsAndLeadsToTheFiguresOfWhatItEvaluated() {
        TimelineEntry visit = TimelineEntries.evaluation(new TimelineEntries.Answer(NOW, 2, 3, false, null, null, 7L,
                "Launch planning"));
        assertEquals("Evaluation of the site visit: Launch planning", visit.title());
        assertEquals("Overall 2 of 5 · useful for their work 3 of 5 · would not recommend it", visit.detail());
        assertEquals("/staff/visits/7#evaluations-title", visit.link());

        TimelineEntry training = TimelineEntries.evaluation(new TimelineEntries.Answer(NOW, 5, 4, true, "Harm reduction",
                "harm-reduction", null, null));
        assertEquals("Evaluation of the training: Harm reduction", training.title());
        assertEquals("/staff/trainings/harm-reduction#evaluations-title", training.link());
    }

    @Test
    void kindsAreReadFromTheirCodesWhateverTheCase() {
        assertEquals(TimelineKind.VISIT, TimelineKind.fromCode(" visit "));
        assertNull(TimelineKind.fromCode("GOSSIP"));
        assertNull(TimelineKind.fromCode(null));
    }
}
