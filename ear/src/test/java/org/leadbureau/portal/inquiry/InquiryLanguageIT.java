package org.leadbureau.portal.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.FormCounts;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffSession;

/** A Spanish-speaking visitor sends an inquiry in Spanish: the form, a round of corrections, the confirmation. */
@SharedPortal
class InquiryLanguageIT {

    private static final String[] SPANISH_BROWSER = {"Accept-Language", "es-US,es;q=0.9,en;q=0.5"};

    @Test
    void theContactFormItsCorrectionsAndItsConfirmationAreInSpanish() throws Exception {
        FormCounts.clear("inquiry-intake");
        StaffSession visitor = new StaffSession();
        String form = Http.page(visitor.get("/contact", SPANISH_BROWSER), "Comuníquese con la Oficina");
        String main = Http.main(form);
        for (String text : new String[] {">Su nombre *<", ">Correo electrónico *<", ">(elija su estado)</option>",
                ">Estamos planificando un programa LEAD</option>", "<legend>¿En qué podemos ayudarle? *</legend>",
                "Fiscalía</label>", ">Enviar consulta</span>"}) {
            assertTrue(main.contains(text), "in Spanish: " + text);
        }

        Map<String, String> fields = new LinkedHashMap<>(Map.of("contact:name", "", "contact:email", "lucia.vega@idioma",
                "contact:organisation", "Condado de Lakeside", "contact:role", "Coordinadora", "contact:jurisdiction", "Lakeside",
                "contact:state", "NM", "contact:stage", "PLANNING", "contact:interests", "TECHNICAL_ASSISTANCE",
                "contact:message", "Queremos empezar un programa LEAD y necesitamos orientación.", "contact:consent", "on"));
        String refused = send(visitor, form, fields).body();
        assertTrue(Http.main(refused).contains("Hay 2 campos que corregir:"), "the error summary in Spanish: " + Http.main(refused));
        assertTrue(Http.main(refused).contains(">Su nombre *<"), "the form still in Spanish");

        fields.put("contact:name", "Lucía Vega");
        fields.put("contact:email", "lucia.vega@idioma.example");
        Thread.sleep(1100); // longer than the least time a person takes to fill the form in (PT1S in the tests)
        String sent = Http.main(send(visitor, refused, fields).body());
        FormCounts.clear("inquiry-intake");
        assertTrue(sent.contains("Gracias: recibimos su consulta") && sent.contains("Su número de referencia es"), sent);
        assertTrue(sent.contains("Le enviamos una confirmación a"), sent);
    }

    private static HttpResponse<String> send(StaffSession visitor, String page, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contact", "contact");
        fields.putAll(values);
        fields.put("contact:send", "");
        fields.putAll(StaffSession.hiddenFields(page));
        HttpResponse<String> answer = visitor.postForm("/contact", fields, SPANISH_BROWSER);
        assertEquals(200, answer.statusCode(), answer.body());
        return answer;
    }
}
