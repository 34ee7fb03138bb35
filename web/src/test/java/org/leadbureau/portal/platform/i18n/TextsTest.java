package org.leadbureau.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void numbersAndPluralsFollowTheLanguage() {
        assertEquals("Full – waitlist open", Texts.text(Language.EN, "trainings.seatsLeft", 0));
        assertEquals("1 seat left", Texts.text(Language.EN, "trainings.seatsLeft", 1));
        assertEquals("1,250 seats left", Texts.text(Language.EN, "trainings.seatsLeft", 1250));
        assertEquals("Completa: lista de espera abierta", Texts.text(Language.ES, "trainings.seatsLeft", 0));
        assertEquals("Queda 1 lugar", Texts.text(Language.ES, "trainings.seatsLeft", 1));
        assertEquals("Quedan 1,250 lugares", Texts.text(Language.ES, "trainings.seatsLeft", 1250L),
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
    void aTextWithoutArgumentsIsShownAsWrittenAndOneWithArgumentsGetsThem() {
        assertEquals("¿Quiso decir", Texts.text(Language.ES, "search.didYouMean"));
        assertEquals("the trainings' Atom feed", Texts.text(Language.EN, "trainings.feedLink"), "its apostrophe kept");
        assertEquals("En la lista de espera, en el puesto 3.", Texts.text(Language.ES, "registration.status.WAITLISTED", 3));
        assertEquals("¿Cancelar su inscripción en Harm reduction 101?",
                Texts.text(Language.ES, "registration.confirmCancel", "Harm reduction 101"));
    }
}
