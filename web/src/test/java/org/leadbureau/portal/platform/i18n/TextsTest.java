package org.leadbureau.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void numbersAndPluralsFollowTheLanguage() {
        assertEquals("One field needs correcting:", Texts.text(Language.EN, "formErrors.heading", 1));
        assertEquals("1,250 fields need correcting:", Texts.text(Language.EN, "formErrors.heading", 1250));
        assertEquals("Hay un campo que corregir:", Texts.text(Language.ES, "formErrors.heading", 1));
        assertEquals("Hay 1,250 campos que corregir:", Texts.text(Language.ES, "formErrors.heading", 1250L),
                "grouped as in the US, Spanish included");
    }

    @Test
    void countsAreWordedForTheLanguage() {
        assertEquals("1 site in 1 state", Texts.text(Language.EN, "sites.summary", 1, 1));
        assertEquals("1,204 sites in 19 states", Texts.text(Language.EN, "sites.summary", 1204, 19));
        assertEquals("1 programa en 1 estado", Texts.text(Language.ES, "sites.summary", 1, 1));
        assertEquals("0 programas en 0 estados", Texts.text(Language.ES, "sites.summary", 0L, 0));
    }

    @Test
    void aTextWithoutArgumentsIsShownAsWritten() {
        assertEquals("¿Quiso decir", Texts.text(Language.ES, "search.didYouMean"));
        assertEquals("Ir al contenido principal", Texts.text(Language.ES, "skipLink"));
    }
}
