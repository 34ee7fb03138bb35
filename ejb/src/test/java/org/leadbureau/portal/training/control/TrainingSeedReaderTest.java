package org.leadbureau.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingDetails;

class TrainingSeedReaderTest {

    private final List<TrainingSeed> seeds = new TrainingSeedReader(getClass().getClassLoader()).readAll();

    @Test
    void theContentModuleSeedsUpcomingTrainingsIncludingASmallWorkshopAndOneNotYetOpen() {
        assertTrue(seeds.size() >= 5, "a handful of trainings");
        TrainingSeed workshop = seeds.stream().filter(seed -> seed.capacity() == 5).findFirst().orElseThrow();
        assertEquals("law-enforcement-partners-workshop", workshop.slug());
        assertTrue(seeds.stream().anyMatch(seed -> seed.opensDaysBefore() != null && seed.opensDaysBefore() < seed.daysAhead()),
                "one training whose registration opens later");
        LocalDate today = LocalDate.of(2026, 1, 5);
        for (TrainingSeed seed : seeds) {
            // Each seed makes a valid training (the entity checks its invariants).
            new Training(seed.slug(), seed.details(today), Instant.parse("2026-01-05T12:00:00Z"));
        }
    }

    @Test
    void everySeededTrainingIsAMadeUpExample() {
        // Their join links at meet.leadbureau.example lead nowhere: they load only with PORTAL_DEMO.
        assertTrue(seeds.stream().allMatch(TrainingSeed::demo), seeds.toString());
    }

    @Test
    void datesAreRelativeToTheImportDayAtTheLocalTimeInTheEventsZone() {
        TrainingSeed workshop = seeds.stream().filter(seed -> seed.slug().equals("law-enforcement-partners-workshop"))
                .findFirst().orElseThrow();
        // 28 days after February 7, 2026 is March 7, before the spring change: 10:00 CST is 16:00 UTC.
        TrainingDetails winter = workshop.details(LocalDate.of(2026, 2, 7));
        assertEquals(Instant.parse("2026-03-07T16:00:00Z"), winter.start());
        // A week later it falls after the change (March 8): 10:00 CDT is 15:00 UTC.
        TrainingDetails spring = workshop.details(LocalDate.of(2026, 2, 14));
        assertEquals(Instant.parse("2026-03-14T15:00:00Z"), spring.start());
        assertEquals(ZoneId.of("America/Chicago"), spring.zone());
        assertEquals(spring.start().plusSeconds(3 * 3600), spring.end());
    }
}
