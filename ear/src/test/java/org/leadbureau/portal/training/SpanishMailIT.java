package org.leadbureau.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.inquiry.InquiryApi;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.TestTrainings;

/**
 * A visitor who uses the portal in Spanish gets every mail in Spanish, later ones too, and the API's refusals in
 * Spanish; others keep English.
 */
@SharedPortal
class SpanishMailIT {

    private static final String SPANISH = "es-MX,es;q=0.9,en;q=0.5";
    /** At 1 PM in New York, two hours. */
    private static final String CLINIC = TestTrainings.training("Clínica de manejo de casos")
            .startsIn(20, "America/New_York", LocalTime.of(13, 0)).publish();
    private static final String SPANISH_DATE = "(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \\d{1,2} de"
            + " (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \\d{4}";

    @Test
    void aRegistrationInSpanishIsConfirmedAndCancelledInSpanish() throws Exception {
        var registered = TrainingApi.register(CLINIC, "Ana Ruiz", "ana.ruiz@spanish.example", "Accept-Language", SPANISH);
        assertEquals(201, registered.statusCode(), registered.body());
        assertEquals(List.of("es"), Database.strings("select language from training_registration where email = ?",
                "ana.ruiz@spanish.example"));

        String confirmation = onlyMail("ana.ruiz@spanish.example", "Inscripción confirmada: Clínica de manejo de casos%");
        assertTrue(confirmation.startsWith("Estimado/a Ana Ruiz:"), confirmation);
        assertTrue(confirmation.matches("(?s).*\nCuándo: " + SPANISH_DATE + ", 1:00 p\\. m\\. – 3:00 p\\. m\\. E[SD]T\n.*"),
                confirmation);

        // The cancellation comes through an address without any language: the stored one decides.
        var cancelled = Http.post("/api/registrations/" + Http.json(registered).getString("manageToken") + "/cancel", null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        String cancellation = onlyMail("ana.ruiz@spanish.example", "Inscripción cancelada: %");
        assertTrue(cancellation.contains("Su inscripción en “") && cancellation.contains("Estado: Cancelada"), cancellation);
    }

    @Test
    void aRegistrationWithoutALanguageStaysInEnglish() throws Exception {
        var registered = TrainingApi.register(CLINIC, "Ann Smith", "ann.smith@spanish.example");
        assertEquals(201, registered.statusCode(), registered.body());

        String confirmation = onlyMail("ann.smith@spanish.example", "Registration confirmed: %");
        assertTrue(confirmation.startsWith("Dear Ann Smith,"), confirmation);
        assertTrue(confirmation.matches("(?s).*\nWhen: \\w+, \\w+ \\d{1,2}, \\d{4}, 1:00 PM – 3:00 PM E[SD]T\n.*"), confirmation);
    }

    @Test
    void anInquiryInSpanishIsConfirmedInSpanish() throws Exception {
        InquiryApi.resetLimits();
        var sent = Http.post("/api/inquiries", InquiryApi.inquiry("jordan.lee@spanish.example", inquiry -> { }).toString(),
                "Accept-Language", SPANISH);
        assertEquals(201, sent.statusCode(), sent.body());
        String reference = Http.json(sent).getString("reference");

        String confirmation = onlyMail("jordan.lee@spanish.example", "Recibimos su consulta (" + reference + ")");
        assertTrue(confirmation.contains("su número de referencia es " + reference), confirmation);
        assertTrue(confirmation.contains("Etapa: Explorando si LEAD es adecuado para nosotros"), confirmation);
        assertTrue(confirmation.contains("Le interesa: Capacitación, Una visita al sitio"), confirmation);
    }

    @Test
    void theApiRefusesFieldsInTheLanguageOfTheRequest() {
        String wrong = "{\"name\":\"\",\"email\":\"not-an-address\"}";
        String path = "/api/trainings/" + CLINIC + "/registrations";

        JsonObject spanish = Http.json(Http.post(path, wrong, "Accept-Language", SPANISH));
        JsonObject english = Http.json(Http.post(path, wrong));

        assertEquals(Map.of("name", "Escriba su nombre.", "email",
                "Escriba una dirección de correo electrónico válida, como nombre@ejemplo.org."), fieldMessages(spanish));
        assertEquals("Algunos campos necesitan corrección.", spanish.getString("detail"));
        assertEquals("Solicitud incorrecta", spanish.getString("title"));
        assertEquals(Map.of("name", "Please enter your name.", "email",
                "Please enter a valid email address, like name@example.org."), fieldMessages(english));
        assertEquals("Bad Request", english.getString("title"));
    }

    @Test
    void anInquiryRefusedInSpanishNamesItsFieldsInSpanish() throws Exception {
        InquiryApi.resetLimits();
        var refused = Http.post("/api/inquiries", InquiryApi.inquiry("sin.estado@spanish.example",
                inquiry -> inquiry.add("state", "").add("phone", "call me")).toString(), "Accept-Language", SPANISH);

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(Map.of("state", "Elija su estado.", "phone",
                "Escriba un número de teléfono solo con dígitos, espacios y + ( ) - . o deje el campo vacío."),
                fieldMessages(Http.json(refused)));
    }

    @Test
    void aRefusalWithADateSaysTheDateInSpanish() {
        var closed = TrainingApi.register(TrainingApi.NOT_YET_OPEN, "Temprano", "temprano@spanish.example",
                "Accept-Language", SPANISH);

        assertEquals(422, closed.statusCode(), closed.body());
        String detail = Http.json(closed).getString("detail").replaceAll("[\\u00a0\\u202f]", " ");
        assertTrue(detail.matches("La inscripción se abre el " + SPANISH_DATE + ", 12:00 p\\. m\\. E[SD]T\\."), detail);
    }

    private static Map<String, String> fieldMessages(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(error -> error.getString("field"), error -> error.getString("message")));
    }

    /** The text of the one mail to {@code recipient} whose subject is like {@code subject}, spaces made plain. */
    private static String onlyMail(String recipient, String subject) throws Exception {
        List<String> bodies = Database.strings("select body_text from outbox_message where recipient = ? and subject like ?",
                recipient, subject);
        assertEquals(1, bodies.size(), "mails to " + recipient + " like " + subject + ": "
                + Database.strings("select subject from outbox_message where recipient = ?", recipient));
        // The JDK writes "p. m." with a no-break space inside: the words are what the reader sees.
        return bodies.get(0).replaceAll("[\\u00a0\\u202f]", " ");
    }
}
