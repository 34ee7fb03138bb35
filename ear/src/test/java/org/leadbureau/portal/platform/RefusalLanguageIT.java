package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;

/**
 * A bad filter or query in a public address is refused in the visitor's language: next to the field on the page,
 * and in the problem body ({@code title}, {@code detail}, each field's {@code message}) of the public API.
 */
@SharedPortal
class RefusalLanguageIT {

    private static final String SPANISH = "es-MX,es;q=0.9";

    @Test
    void theDirectorysFiltersAreRefusedInSpanishOnTheSpanishPage() {
        String page = Http.spaced(Http.main(Http.get("/sites?state=XX&launchedFrom=abc&lang=es").body()));

        assertTrue(page.contains("No hay ningún estado ni territorio de EE. UU. con el código «XX»."), page);
        assertTrue(page.contains("«abc» no es un año (se esperan cuatro dígitos, como 2016)."), page);
        assertTrue(!page.contains("There is no US state"), page);
    }

    @Test
    void theLibrarysAndSearchsAddressesAreRefusedInSpanish() {
        HttpResponse<String> library = Http.get("/library?year=abc&topic=astrology", "Accept-Language", SPANISH);
        assertEquals(400, library.statusCode());
        String libraryText = Http.spaced(library.body());
        assertTrue(libraryText.contains("Un año tiene cuatro dígitos, como 2024: «abc» no lo es."), libraryText);
        assertTrue(libraryText.contains("Tema desconocido: «astrology»."), libraryText);

        String search = Http.spaced(Http.get("/search?q=lead&sort=random&page=0&lang=es").body());
        assertTrue(search.contains("Ordene por &#39;relevance&#39; (relevancia) o &#39;date&#39; (fecha).")
                || search.contains("Ordene por 'relevance' (relevancia) o 'date' (fecha)."), search);
        assertTrue(search.contains("La página es un número entero del 1 al 10000."), search);
    }

    @Test
    void thePublicApiAnswersItsRefusalsInTheLanguageOfTheRequest() {
        JsonObject sites = problem(Http.get("/api/sites?state=XX&sort=height", "Accept-Language", SPANISH), 400);
        assertEquals("Solicitud incorrecta", sites.getString("title"));
        assertEquals("Algunos filtros no son válidos: No hay ningún estado ni territorio de EE. UU. con el código «XX».",
                sites.getString("detail"));
        assertEquals("state", sites.getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject sort = problem(Http.get("/api/sites?sort=height", "Accept-Language", SPANISH), 400);
        assertEquals("Orden desconocido: «height».", sort.getString("detail"));

        JsonObject search = problem(Http.get("/api/search?q=lead&language=e5&size=500", "Accept-Language", SPANISH), 400);
        assertTrue(search.getString("detail").startsWith("Algunos parámetros no son válidos: "), search.toString());
        assertTrue(search.toString().contains("Un idioma es un código de dos o tres letras, como es: «e5» no lo es."),
                search.toString());
        assertTrue(search.toString().contains("El tamaño de página es un número entero del 1 al 100."), search.toString());

        JsonObject resources = problem(Http.get("/api/resources?sort=colour&lang=es"), 400);
        assertTrue(resources.toString().contains("Ordene por 'date' (lo más reciente primero) o 'title' (título)"),
                resources.toString());

        JsonObject missing = problem(Http.get("/api/no-such-thing", "Accept-Language", SPANISH), 404);
        assertEquals("No encontrado", missing.getString("title"));
        assertEquals("No hay nada en esta dirección.", missing.getString("detail"));

        // English stays as it was.
        JsonObject english = problem(Http.get("/api/sites?state=XX", "Accept-Language", "en-US"), 400);
        assertEquals("Bad Request", english.getString("title"));
        assertEquals("Some filters are not valid: There is no US state or territory with the code 'XX'.",
                english.getString("detail"));
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        return Http.json(response);
    }
}
