package org.leadbureau.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    @Test
    void theParameterWinsOverTheCookieWhichWinsOverTheBrowser() {
        assertEquals(Language.ES, LanguageChoice.choose("es", "en", "en-US"));
        assertEquals(Language.EN, LanguageChoice.choose("en", "es", "es-MX"));
        assertEquals(Language.EN, LanguageChoice.choose(null, "en", "es-MX,es;q=0.9"), "a switch back to English sticks");
        assertEquals(Language.ES, LanguageChoice.choose(null, "es", "en-US"));
        assertEquals(Language.ES, LanguageChoice.choose(null, null, "es-MX"));
    }

    @Test
    void unknownValuesArePassedOver() {
        assertEquals(Language.ES, LanguageChoice.choose("fr", "de", "es"));
        assertEquals(Language.ES, LanguageChoice.choose("ES", null, null), "tags are read case-insensitively");
        assertEquals(Language.EN, LanguageChoice.choose("", "", ""));
        assertEquals(Language.EN, LanguageChoice.choose(null, null, null), "English when nothing is said");
    }

    @Test
    void theBrowsersLanguagesAreReadByTheirWeights() {
        assertEquals(Language.ES, LanguageChoice.choose(null, null, "es-MX"));
        assertEquals(Language.ES, LanguageChoice.choose(null, null, "es-419,es;q=0.9"));
        assertEquals(Language.EN, LanguageChoice.choose(null, null, "fr"));
        assertEquals(Language.EN, LanguageChoice.choose(null, null, "fr-CA,fr;q=0.9"));
        assertEquals(Language.ES, LanguageChoice.choose(null, null, "fr, es;q=0.5, en;q=0.3"), "the first one spoken here");
        assertEquals(Language.EN, LanguageChoice.choose(null, null, "en-US,en;q=0.9,es;q=0.8"));
        assertEquals(Language.EN, LanguageChoice.choose(null, null, "fr, es;q=0"), "q=0 refuses Spanish");
        assertEquals(Language.EN, LanguageChoice.choose(null, null, "*"));
        assertEquals(Language.EN, LanguageChoice.choose(null, null, "es;q=banana"), "a malformed header counts as none");
    }

    @Test
    void theParameterIsReadFromTheQueryString() {
        assertEquals("es", LanguageChoice.parameter("lang=es"));
        assertEquals("en", LanguageChoice.parameter("q=housing&lang=en&page=2"));
        assertNull(LanguageChoice.parameter("language=es&slang=en"));
        assertNull(LanguageChoice.parameter(null));
    }

    @Test
    void theSwitcherLinksToTheSamePageAndQueryWithTheLanguageReplaced() {
        assertEquals("/?lang=es", LanguageChoice.sameLinkIn(Language.ES, "/", null));
        assertEquals("/about/what-is-lead?lang=en", LanguageChoice.sameLinkIn(Language.EN, "/about/what-is-lead", "lang=es"));
        assertEquals("/library?q=vivienda&page=2&lang=es",
                LanguageChoice.sameLinkIn(Language.ES, "/library", "q=vivienda&lang=en&page=2&lang"));
        assertEquals("/search?language=en&lang=es", LanguageChoice.sameLinkIn(Language.ES, "/search", "language=en"));
        assertEquals("/evil.example?lang=es", LanguageChoice.sameLinkIn(Language.ES, "//evil.example", null),
                "never a link to another site");
    }

    @Test
    void theCookieLastsAYearForTheWholeSiteAndIsSecureWhereTheSessionCookieIs() {
        assertEquals("lang=es; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
                LanguageFilter.cookieHeader(Language.ES, false));
        assertEquals("lang=en; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly; Secure",
                LanguageFilter.cookieHeader(Language.EN, true));
    }
}
