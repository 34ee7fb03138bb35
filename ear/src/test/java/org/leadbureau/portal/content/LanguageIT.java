package org.leadbureau.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.TestResources;

/**
 * The public pages speak the visitor's language: the browser's, until they switch with {@code ?lang=}, which a
 * cookie then remembers. The seeded pages are shown in Spanish; a page without a translation in English.
 */
@SharedPortal
class LanguageIT {

    private static final String SPANISH_BROWSER = "es-MX,es;q=0.9,en;q=0.5";

    @Test
    void theBrowsersLanguageTheSwitchAndItsCookieChooseTheLanguageOfEveryPublicPage() throws Exception {
        // A Spanish-speaking browser that never switched: Spanish, and neither a cookie nor a session.
        HttpResponse<String> spanish = Http.get("/", "Accept-Language", SPANISH_BROWSER);
        String home = Http.page(spanish, "Oficina Nacional de Apoyo a LEAD");
        assertTrue(home.contains("<html lang=\"es\""), "html lang");
        assertTrue(home.contains("El primer programa LEAD comenzó en Seattle y el condado de King en octubre de 2011"),
                "the Spanish home page from the content module");
        assertTrue(home.contains(">Ir al contenido principal</a>") && home.contains("aria-label=\"Principal\""),
                "the template's own texts in Spanish");
        assertTrue(home.contains("href=\"/about/what-is-lead\">Qué es LEAD</a>"), "the footer lists the Spanish pages");
        assertTrue(home.contains("<main id=\"main\" class=\"site-main\" tabindex=\"-1\" lang=\"es\">"), "a translated page");
        assertTrue(home.contains("href=\"/?lang=en\" lang=\"en\"") && home.contains(">English</a>"),
                "the switcher offers English");
        assertVaries(spanish);
        assertEquals(List.of(), spanish.headers().allValues("Set-Cookie"), "no cookie for a visitor who never switched");

        // An English browser (or none): English, with the switcher to Spanish keeping the query.
        HttpResponse<String> english = Http.get("/about/systems-change?from=newsletter");
        String about = Http.page(english, "LEAD as Systems Change");
        assertTrue(about.contains("<html lang=\"en\""));
        assertTrue(about.contains("href=\"/about/systems-change?from=newsletter&amp;lang=es\" lang=\"es\""), about);
        assertTrue(about.contains(">Español</a>"));
        assertVaries(english);

        // The switch: the page in Spanish at once (so the address can be bookmarked), and a cookie that remembers it.
        HttpResponse<String> switched = Http.get("/about/what-is-lead?lang=es");
        Http.page(switched, "Qué es LEAD");
        List<String> cookies = switched.headers().allValues("Set-Cookie");
        assertEquals(1, cookies.size(), "the language cookie only, no session: " + cookies);
        String cookie = cookies.get(0);
        assertTrue(cookie.startsWith("lang=es;") && cookie.contains("Path=/") && cookie.contains("SameSite=Lax")
                && cookie.contains("Max-Age=31536000"), cookie);
        assertFalse(cookie.contains("Secure"), "the test server is plain http, like its session cookie");
        String remembered = Http.page(Http.get("/about", "Cookie", "lang=es"), "Sobre LEAD");
        assertTrue(remembered.contains("<html lang=\"es\""));

        // Switched back to English, the cookie outweighs a Spanish browser.
        String back = Http.page(Http.get("/", "Accept-Language", SPANISH_BROWSER, "Cookie", "lang=en"),
                "LEAD National Support Bureau");
        assertTrue(back.contains("<html lang=\"en\""));

        // Error pages speak it too.
        HttpResponse<String> missing = Http.get("/about/no-such-page", "Accept-Language", SPANISH_BROWSER);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("<html lang=\"es\""));
        assertVaries(missing);

        // A page nobody has translated yet is shown in English.
        String slug = "untranslated-" + UUID.randomUUID().toString().substring(0, 8);
        Database.update("insert into content_page (slug, language, title, summary, menu_order, body_markdown, body_html,"
                + " created_at, updated_at, version) values (?, 'en', 'Only in English', 'Summary', 99, 'Body',"
                + " '<p>Body</p>', current_timestamp, current_timestamp, 0)", slug);
        try {
            String untranslated = Http.page(Http.get("/about/" + slug, "Accept-Language", SPANISH_BROWSER),
                    "Only in English");
            assertTrue(untranslated.contains(">Sobre LEAD</a>"), "in the Spanish template");
        } finally {
            Database.update("delete from content_page where slug = ?", slug);
        }
    }

    @Test
    void theDirectoryTheLibraryItsSearchSignInAndErrorPagesSpeakSpanishWhenAskedAndEnglishOtherwise() {
        // The switch and the browser's language both give Spanish; nothing gives English.
        for (String[] spanish : new String[][] {{"?lang=es"}, {"", "Accept-Language", SPANISH_BROWSER}}) {
            String query = spanish[0];
            String[] headers = Arrays.copyOfRange(spanish, 1, spanish.length);
            String sites = Http.page(Http.get("/sites" + query, headers), "Directorio de programas LEAD");
            assertTrue(sites.contains("tabindex=\"-1\" lang=\"es\">"), "marked Spanish");
            assertTrue(sites.contains("Filtrar los programas") && sites.contains(">Jurisdicción<"), "filters and table");
            assertTrue(sites.matches("(?s).*\\d+ programas en \\d+ estados.*"), "the summary counts in Spanish");

            String site = Http.page(Http.get("/sites/santa-fe-lead" + query, headers), "Santa Fe LEAD");
            assertTrue(site.contains("21 abr. 2014"), "the launch day in Spanish");
            assertTrue(site.contains("Hora de las Montañas Rocosas (America/Denver)"), "the time zone in Spanish");
            assertTrue(site.contains("Historial de etapas") && site.contains("En funcionamiento"), "headings and status");

            String library = Http.page(Http.get("/library" + query, headers), "Biblioteca de recursos");
            assertTrue(library.matches("(?s).*id=\"result-count\">\\d+ recursos</p>.*"), "the count in Spanish");
            assertTrue(library.contains("Filtrar los resultados") && library.contains(">Tipo</h3>"), "the facets");

            String search = Http.page(Http.get("/search" + (query.isEmpty() ? "?" : query + "&") + "q=housing", headers),
                    "Buscar en la biblioteca");
            assertTrue(search.matches("(?s).*\\d+ resultados? para “housing”.*"), "the count in Spanish");

            Http.page(Http.get("/login" + query, headers), "Acceso del personal");
            HttpResponse<String> missing = Http.get("/no-such-page" + query, headers);
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("No encontramos esa página"), "the 404 page in Spanish: " + Http.main(missing.body()));
        }

        String sites = Http.page(Http.get("/sites"), "Directory of LEAD sites");
        assertTrue(sites.matches("(?s).*\\d+ sites in \\d+ states.*"));
        assertTrue(Http.page(Http.get("/sites/santa-fe-lead"), "Santa Fe LEAD").contains("21 Apr 2014"));
        Http.page(Http.get("/library", "Accept-Language", "en-US"), "Resource library");
        Http.page(Http.get("/search?q=housing"), "Search the library");
        Http.page(Http.get("/login", "Cookie", "lang=en"), "Staff sign-in");
        assertTrue(Http.get("/no-such-page").body().contains("We could not find that page"));
    }

    @Test
    void aSpanishSearchOffersSpanishFirstAmongTheLanguagesAndStillShowsEveryLanguage() {
        String mark = "idioma" + UUID.randomUUID().toString().substring(0, 8);
        String spanish = TestResources.uploadIn("es", "Guía para las familias " + mark, "guia.txt",
                "Una guía para las familias de las personas derivadas al programa. " + mark, "PUBLISHED");
        List<String> english = List.of(
                TestResources.uploadIn("en", "Guide for families " + mark, "guide.txt",
                        "A guide for the families of the people referred to the program. " + mark, "PUBLISHED"),
                TestResources.uploadIn("en", "Guide for partners " + mark, "partners.txt",
                        "A guide for the partners of the program. " + mark, "PUBLISHED"));
        try {
            String search = Http.page(Http.get("/search?q=" + mark + "&lang=es"), "Buscar en la biblioteca");
            assertTrue(search.contains(">3 resultados para “" + mark + "”<"), "results in every language");
            assertEquals(List.of("Español", "Inglés"), languageFacet(search), "Spanish first, though English has more");

            String englishSearch = Http.page(Http.get("/search?q=" + mark), "Search the library");
            assertEquals(List.of("English", "Spanish"), languageFacet(englishSearch), "by count for an English reader");
        } finally {
            TestResources.delete(spanish);
            english.forEach(TestResources::delete);
        }
    }

    /** The labels of the language facet, in the order shown. */
    private static List<String> languageFacet(String page) {
        int start = page.indexOf("id=\"facet-language\"");
        assertTrue(start >= 0, "a language facet");
        String facet = page.substring(start, page.indexOf("</section>", start));
        return Pattern.compile("class=\"facet__label\">([^<]*)<").matcher(facet).results()
                .map(match -> match.group(1)).toList();
    }

    private static void assertVaries(HttpResponse<String> response) {
        String vary = String.join(",", response.headers().allValues("Vary"));
        assertTrue(vary.contains("Accept-Language") && vary.contains("Cookie"), response.uri() + " Vary: " + vary);
    }
}
