package org.leadbureau.portal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffSession;

/** The evaluation form behind a mailed link, for a Spanish-speaking attendee: in Spanish, the date too. */
@SharedPortal
class EvaluationLanguageIT {

    private static final String[] SPANISH_BROWSER = {"Accept-Language", "es"};

    @Test
    void anAttendeeEvaluatesATrainingInSpanish() throws Exception {
        String email = "rosa-" + UUID.randomUUID().toString().substring(0, 8) + "@evaluations.test";
        EvaluationApi.Ended training = EvaluationApi.endedTraining("Taller evaluado", email);
        // It started three hours ago, in its zone (TestTrainings: Chicago).
        LocalDate day = LocalDate.ofInstant(Instant.now().minus(Duration.ofHours(3)), ZoneId.of("America/Chicago"));
        EvaluationApi.attended(email);
        EvaluationApi.sendMail();
        String path = "/evaluations/" + EvaluationApi.token(email, "");

        StaffSession attendee = new StaffSession();
        String form = Http.page(attendee.get(path, SPANISH_BROWSER), "Su evaluación");
        String main = Http.spaced(Http.main(form));
        for (String text : new String[] {"Sobre la capacitación <strong lang=\"en\">" + training.title() + "</strong>, " + Dates.inSpanish(day),
                "<legend>En general, ¿cómo calificaría la capacitación? *</legend>", "1 – Deficiente</label>",
                "5 – Muy útil</label>", "Sí</label>", ">Enviar mis respuestas</span>"}) {
            assertTrue(main.contains(text), "in Spanish: " + text + " / " + main);
        }

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("evaluation", "evaluation");
        fields.putAll(Map.of("evaluation:overall", "4", "evaluation:usefulness", "5", "evaluation:recommend", "true"));
        fields.put("evaluation:send", "");
        fields.putAll(StaffSession.hiddenFields(form));
        HttpResponse<String> sent = attendee.postForm(path, fields, SPANISH_BROWSER);
        assertEquals(200, sent.statusCode());
        assertTrue(Http.main(sent.body()).contains("Gracias: recibimos sus respuestas."), Http.main(sent.body()));
        assertTrue(Http.get(path, SPANISH_BROWSER).body().contains("Esta evaluación ya fue respondida. Gracias."));
    }
}
