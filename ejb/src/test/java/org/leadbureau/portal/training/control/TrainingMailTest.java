package org.leadbureau.portal.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.mail.control.MailMessage;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.training.TrainingFixtures;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.Training;

/** A registrant reads every mail, and the words the portal adds to the invitation, in the language they registered in. */
class TrainingMailTest {

    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

    private final TrainingMail mail = new TrainingMail("https://portal.example/",
            new TrainingCalendar("trainings@leadbureau.example", "https://portal.example/"), registration -> "token");
    private final Training training = TrainingFixtures.published(LocalDateTime.of(2026, 12, 14, 10, 0), 20, NOW);

    @Test
    void aSpanishRegistrantIsConfirmedInSpanishWithASpanishDateAndInvitation() {
        Registration registration = Registration.confirmed(training, TrainingFixtures.registrant("Ana Ruiz"), NOW);
        registration.speaks(Language.ES);

        MailMessage message = mail.confirmed(registration, NOW);

        assertEquals("Inscripción confirmada: Case management <basics> & more", message.subject());
        String text = spaced(message.text());
        assertTrue(text.startsWith("Estimado/a Ana Ruiz:"), text);
        assertTrue(text.contains("Cuándo: lunes, 14 de diciembre de 2026, 10:00 a. m. – 12:00 p. m. PST"), text);
        assertTrue(text.contains("Modalidad: Híbrida") && text.contains("Estado: Confirmada"), text);
        assertTrue(text.contains("Ver o cancelar su inscripción:\nhttps://portal.example/registrations/token"), text);
        assertTrue(message.html().contains("<html lang=\"es\">"), message.html());
        String ics = new String(message.attachments().get(0).content(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(ics.contains("Detalles: https://portal.example/trainings/case-management-basics"), ics);
        assertTrue(ics.contains("Conectarse en línea: https://meet.example.org/lead-basics"), ics);
    }

    @Test
    void anEnglishRegistrantReadsEnglishAndAWaitlistPositionInEitherLanguage() {
        Registration english = Registration.waitlisted(training, TrainingFixtures.registrant("Ann Smith"), 3, NOW);
        Registration spanish = Registration.waitlisted(training, TrainingFixtures.registrant("Ana Ruiz"), 4, NOW);
        spanish.speaks(Language.ES);

        MailMessage inEnglish = mail.waitlisted(english, 3);
        MailMessage inSpanish = mail.waitlisted(spanish, 4);

        assertEquals("On the waitlist (position 3): Case management <basics> & more", inEnglish.subject());
        assertTrue(inEnglish.text().startsWith("Dear Ann Smith,"), inEnglish.text());
        assertTrue(spaced(inEnglish.text()).contains("When: Monday, December 14, 2026, 10:00 AM – 12:00 PM PST"), inEnglish.text());
        assertEquals("En la lista de espera (puesto 4): Case management <basics> & more", inSpanish.subject());
        assertTrue(inSpanish.text().contains("en el puesto 4."), inSpanish.text());
    }

    @Test
    void aCancellationIsInTheRegistrantsLanguage() {
        Registration registration = Registration.confirmed(training, TrainingFixtures.registrant("Ana Ruiz"), NOW);
        registration.speaks(Language.ES);
        registration.cancel(NOW);

        MailMessage message = mail.cancelled(registration, true, NOW);

        assertEquals("Inscripción cancelada: Case management <basics> & more", message.subject());
        assertTrue(message.text().contains("Estado: Cancelada"), message.text());
    }

    private static String spaced(String text) {
        return text.replaceAll("[ \\t\\u00a0\\u202f]+", " ");
    }
}
