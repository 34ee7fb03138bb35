package org.leadbureau.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.training.TrainingFixtures;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.Training;

/** The reminder job (every quarter hour) reminds confirmed registrants once, in the day before the start. */
class ReminderRuleTest {

    private static final Instant PUBLISHED = Instant.parse("2026-02-01T12:00:00Z");
    private final Training training = TrainingFixtures.published(LocalDateTime.of(2026, 3, 9, 10, 0), 2, PUBLISHED);
    private final Instant start = training.getStartsAt();

    @Test
    void aConfirmedRegistrantIsDueInTheDayBeforeTheStartAndOnlyOnce() {
        Registration early = confirmed(PUBLISHED);

        assertFalse(ReminderRule.due(early, start.minus(Duration.ofHours(25))), "more than a day ahead");
        assertTrue(ReminderRule.due(early, start.minus(Duration.ofHours(24))));
        assertTrue(ReminderRule.due(early, start.minus(Duration.ofMinutes(10))));
        assertFalse(ReminderRule.due(early, start), "once it has started");
        assertTrue(ReminderRule.remind(early));

        early.reminderSent(start.minus(Duration.ofHours(23)));
        assertFalse(ReminderRule.due(early, start.minus(Duration.ofHours(22))), "reminded already");
    }

    @Test
    void whoRegisteredWithinTheLastDayIsMarkedDoneWithoutAReminder() {
        Registration late = confirmed(start.minus(Duration.ofHours(3)));
        assertTrue(ReminderRule.due(late, start.minus(Duration.ofHours(2))));
        assertFalse(ReminderRule.remind(late));
    }

    @Test
    void noReminderForTheWaitlistCancellationsOrACancelledTraining() {
        Instant dayBefore = start.minus(Duration.ofHours(12));
        Registration waitlisted = Registration.waitlisted(training, TrainingFixtures.registrant("Wait Listed"), 1,
                PUBLISHED);
        assertFalse(ReminderRule.due(waitlisted, dayBefore));

        Registration cancelled = confirmed(PUBLISHED);
        cancelled.cancel(PUBLISHED.plusSeconds(60));
        assertFalse(ReminderRule.due(cancelled, dayBefore));

        Registration confirmed = confirmed(PUBLISHED);
        training.cancel(PUBLISHED.plusSeconds(60));
        assertFalse(ReminderRule.due(confirmed, dayBefore));
    }

    private Registration confirmed(Instant at) {
        return Registration.confirmed(training, TrainingFixtures.registrant("Ann Smith"), at);
    }
}
