package org.leadbureau.portal.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.evaluation.entity.Evaluation;
import org.leadbureau.portal.mail.control.MailMessage;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.training.TrainingFixtures;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.Training;

/** The evaluation of a training is asked for in the language the person registered in. */
class EvaluationMailTest {

    private static final Instant PUBLISHED = Instant.parse("2026-02-01T12:00:00Z");

    private final EvaluationMail mail = new EvaluationMail("https://portal.example");
    private final Training training = TrainingFixtures.published(LocalDateTime.of(2026, 3, 9, 10, 0), 20, PUBLISHED);

    @Test
    void someoneWhoRegisteredInSpanishIsAskedInSpanishAndOthersInEnglish() {
        Registration spanish = Registration.confirmed(training, TrainingFixtures.registrant("Ana Ruiz"), PUBLISHED);
        spanish.speaks(Language.ES);
        Registration english = Registration.confirmed(training, TrainingFixtures.registrant("Ann Smith"), PUBLISHED);
        Instant afterwards = Instant.parse("2026-03-10T17:00:00Z");

        MailMessage invitation = mail.invitation(Evaluation.ofTraining(spanish, afterwards), "token");
        MailMessage reminder = mail.reminder(Evaluation.ofTraining(english, afterwards), "token");

        assertEquals("¿Qué le pareció? Case management <basics> & more", invitation.subject());
        String text = invitation.text().replaceAll("[\\u00a0\\u202f]", " ");
        assertTrue(text.contains("Gracias por participar en la capacitación “Case management <basics> & more”."), text);
        assertTrue(text.contains("Cuándo: lunes, 9 de marzo de 2026, 10:00 a. m. – 12:00 p. m. PDT"), text);
        assertTrue(text.contains("Plazo para responder: sábado, 9 de mayo de 2026"), text);
        assertTrue(text.contains("Responder la evaluación:\nhttps://portal.example/evaluations/token"), text);
        assertEquals("Reminder: your evaluation of Case management <basics> & more", reminder.subject());
        assertTrue(reminder.text().contains("A week ago we asked how the training \"Case management <basics> & more\""),
                reminder.text());
    }
}
