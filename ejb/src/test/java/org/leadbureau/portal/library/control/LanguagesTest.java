package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Languages LANGUAGES = new Languages();

    @Test
    void aLatvianAndAnEnglishTextAreToldApart() {
        assertEquals(Optional.of("lv"), LANGUAGES.detect("Policijas darbinieki var novirzīt cilvēkus uz sociālajiem"
                + " dienestiem, nevis arestēt viņus. Programma palīdz cilvēkiem, kuriem ir problēmas ar narkotikām,"
                + " mājokli un garīgo veselību, un tā samazina atkārtotu noziedzību."));
        assertEquals(Optional.of("en"), LANGUAGES.detect("Officers may divert people to case managers instead of"
                + " arresting them. The program helps people with drug use, housing and mental health needs, and it"
                + " reduces repeat offending."));
    }

    @Test
    void noTextGivesNoGuess() {
        assertTrue(LANGUAGES.detect("   ").isEmpty());
        assertTrue(LANGUAGES.detect(null).isEmpty());
    }

    @Test
    void codesAreNamedInEnglish() {
        assertEquals("Latvian", Languages.name("lv"));
        assertEquals("English", Languages.name("en"));
        assertTrue(Languages.choices().stream().anyMatch(language -> language.code().equals("lv")));
    }
}
