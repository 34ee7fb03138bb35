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
    void aTextWithoutArgumentsIsShownAsWritten() {
        assertEquals("Ir al contenido principal", Texts.text(Language.ES, "skipLink"));
    }
}
