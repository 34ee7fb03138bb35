package org.leadbureau.portal.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.evaluation.entity.Evaluation;
import org.leadbureau.portal.training.TrainingFixtures;
import org.leadbureau.portal.training.entity.Registration;

class ReminderRuleTest {

    private static final Instant INVITED = Instant.now();

    private static Evaluation invited() {
        LocalDateTime start = LocalDateTime.now().minusDays(1);
        var training = TrainingFixtures.published(start, 10, INVITED.minus(Duration.ofDays(30)));
        var registration = Registration.confirmed(training, TrainingFixtures.registrant("Ana Diaz"), INVITED.minus(Duration.ofDays(20)));
        return Evaluation.ofTraining(registration, INVITED);
    }

    @Test
    void anUnansweredEvaluationIsRemindedOnceAWeekAfterTheInvitation() {
        Evaluation evaluation = invited();
        assertFalse(ReminderRule.due(evaluation, INVITED.plus(Duration.ofDays(7)).minusSeconds(1)), "not before a week");
        assertTrue(ReminderRule.due(evaluation, INVITED.plus(Duration.ofDays(7))), "a week after");
        assertTrue(ReminderRule.due(evaluation, INVITED.plus(Duration.ofDays(30))), "a late run still reminds");
        evaluation.reminded(INVITED.plus(Duration.ofDays(7)));
        assertFalse(ReminderRule.due(evaluation, INVITED.plus(Duration.ofDays(8))), "only once");
    }

    @Test
    void nobodyWhoAnsweredIsReminded() {
        Evaluation evaluation = invited();
        evaluation.answer(4, 5, true, null, null, null, INVITED.plus(Duration.ofDays(2)));
        assertFalse(ReminderRule.due(evaluation, INVITED.plus(Duration.ofDays(7))));
    }

    @Test
    void anExpiredLinkIsNotReminded() {
        Evaluation evaluation = invited();
        assertFalse(ReminderRule.due(evaluation, evaluation.getExpiresAt()));
        assertFalse(ReminderRule.due(INVITED, null, null, INVITED.plus(Duration.ofDays(6)), INVITED.plus(Duration.ofDays(7))));
    }
}
