package org.leadbureau.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A bean's texts come from the bundle of the reader's language, counted and formatted in it. */
class TextsTest {

    @Test
    void countsAreWordedAndFormattedForTheLanguage() {
        assertEquals("1 site in 1 state", Texts.in(Language.EN.locale(), "sites.summary", 1, 1));
        assertEquals("1,204 sites in 19 states", Texts.in(Language.EN.locale(), "sites.summary", 1204, 19));
        assertEquals("1 programa en 1 estado", Texts.in(Language.ES.locale(), "sites.summary", 1, 1));
        assertEquals("0 programas en 0 estados", Texts.in(Language.ES.locale(), "sites.summary", 0L, 0));
    }

    @Test
    void aTextWithoutArgumentsIsTakenAsItIs() {
        assertEquals("Did you mean", Texts.in(Language.EN.locale(), "search.didYouMean"));
        assertEquals("¿Quiso decir", Texts.in(Language.ES.locale(), "search.didYouMean"));
    }
}
