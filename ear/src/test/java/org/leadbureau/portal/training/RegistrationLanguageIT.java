package org.leadbureau.portal.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffSession;
import org.leadbureau.portal.it.TestTrainings;

/**
 * A Spanish-speaking visitor reads the trainings, registers and manages the registration in Spanish: chosen by the
 * browser's language or by the switch ({@code ?lang=es}, then its cookie), with dates as a Spanish reader writes them.
 */
@SharedPortal
class RegistrationLanguageIT {

    private static final String SPANISH_BROWSER = "es-MX,es;q=0.9";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Pattern MANAGE_LINK = Pattern.compile("href=\"(/registrations/[A-Za-z0-9_-]+)\"");

    @Test
    void aSpanishSpeakerReadsATrainingRegistersAndCancelsInSpanish() throws Exception {
        TestTrainings training = TestTrainings.training("Reducción de daños").seats(1)
                .startsIn(30, NEW_YORK.getId(), LocalTime.of(13, 0));
        String slug = training.publish();
        LocalDate day = LocalDate.now().plusDays(30);
        String zone = NEW_YORK.getRules().isDaylightSavings(day.atTime(13, 0).atZone(NEW_YORK).toInstant()) ? "EDT" : "EST";
        String when = Dates.inSpanish(day) + ", 1:00 p. m. – 3:00 p. m. " + zone;

        // The browser's language: the list and the training's page in Spanish.
        String list = Http.spaced(Http.page(Http.get("/trainings", "Accept-Language", SPANISH_BROWSER), "Próximas capacitaciones"));
        String card = list.substring(list.indexOf(training.title()));
        card = card.substring(0, card.indexOf("</li>"));
        assertTrue(card.contains(when) && card.contains("Queda 1 lugar"), card);
        String page = Http.spaced(Http.page(Http.get("/trainings/" + slug, "Accept-Language", SPANISH_BROWSER), training.title()));
        assertTrue(page.contains("<dt>Cuándo</dt>") && page.contains(when), "the time as a Spanish reader writes it: " + when);
        assertTrue(page.contains("Agregar a su calendario (.ics)") && page.contains(">Inscribirme</span>"), "the form in Spanish");
        assertTrue(page.contains(">Hora oriental (America/New_York)</option>"), "the zones to see the time in, in Spanish");

        // The switch: the form in Spanish, and its cookie keeps the posts in Spanish.
        StaffSession first = new StaffSession();
        String form = Http.page(first.get("/trainings/" + slug + "?lang=es"), training.title());
        assertTrue(form.contains("<html lang=\"es\"") && form.contains(">Correo electrónico *<"), "the labels in Spanish");
        Map<String, String> ana = registration("Ana Morales", "ana.morales@idioma.example");
        String bot = Http.main(post(first, slug, form, Map.of("register:website", "https://spam.example")).body());
        assertTrue(bot.contains("Su inscripción todavía no se ha enviado."), "the page's own message in Spanish: " + bot);
        // The form's own constraints (Bean Validation in ejb) are answered next to their fields in Spanish too.
        String refused = Http.main(post(first, slug, form, Map.of("register:name", "Ana Morales", "register:email",
                "ana.morales@idioma", "register:organisation", "x".repeat(201), "register:website", "")).body());
        assertTrue(refused.contains("Escriba una dirección de correo electrónico válida, como nombre@ejemplo.org."), refused);
        assertTrue(refused.contains("Escriba una organización de menos de 200 caracteres."), refused);
        assertTrue(!refused.contains("Please"), refused);
        Thread.sleep(1100); // longer than the least time a person takes to fill the form in (PT1S in the tests)
        String registered = Http.main(post(first, slug, form, ana).body());
        assertTrue(registered.contains("¡Listo! Su inscripción está confirmada y tiene un lugar reservado."), registered);
        assertTrue(registered.contains("Le enviamos una confirmación con una invitación de calendario a"), registered);

        // The browser's language alone: the training is full now, so the next one waits, and is told so in Spanish.
        StaffSession second = new StaffSession();
        String full = Http.page(second.get("/trainings/" + slug, "Accept-Language", SPANISH_BROWSER), training.title());
        assertTrue(full.contains("Completa: lista de espera abierta"), "the seats in Spanish");
        Thread.sleep(1100);
        String waitlisted = Http.main(post(second, slug, full, registration("Beto Ruiz", "beto.ruiz@idioma.example"),
                "Accept-Language", SPANISH_BROWSER).body());
        assertTrue(waitlisted.contains("La capacitación está completa: su inscripción quedó en la lista de espera, en el puesto 1."),
                waitlisted);

        // The registration's own page, and cancelling, in Spanish.
        Matcher link = MANAGE_LINK.matcher(registered);
        assertTrue(link.find(), "a link to manage the registration");
        String manage = Http.spaced(Http.page(first.get(link.group(1)), "Su inscripción"));
        assertTrue(manage.contains("Confirmada: tiene un lugar reservado.") && manage.contains(when), manage);
        String asked = cancel(first, link.group(1), manage, "askCancel").body();
        assertTrue(asked.contains("¿Cancelar su inscripción en " + training.title() + "?"), Http.main(asked));
        String cancelled = Http.main(cancel(first, link.group(1), asked, "confirmCancel").body());
        assertTrue(cancelled.contains("Su inscripción quedó cancelada.") && cancelled.contains("Cancelada."), cancelled);
    }

    private static Map<String, String> registration(String name, String email) {
        // The hidden field posted empty, as a browser posts it (the bot round above filled it in).
        return Map.of("register:name", name, "register:email", email, "register:organisation", "Condado de Prueba",
                "register:website", "");
    }

    private static HttpResponse<String> post(StaffSession session, String slug, String page, Map<String, String> values,
            String... headers) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("register", "register");
        fields.putAll(values);
        fields.put("register:submit", "");
        fields.putAll(StaffSession.hiddenFields(page));
        HttpResponse<String> answer = session.postForm("/trainings/" + slug, fields, headers);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer;
    }

    private static HttpResponse<String> cancel(StaffSession session, String path, String page, String button) {
        HttpResponse<String> answer = session.postForm(path, TestTrainings.cancelForm(page, button));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer;
    }
}
