package org.leadbureau.portal.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void latinLettersBecomeTheirAsciiSpelling() {
        assertEquals("guia-rapida-para-pena", Slugs.of("Guía rápida para Peña", 100));
        assertEquals("aero-kommune", Slugs.of("Ærø Kommune", 100));
        assertEquals("strasse-der-hilfe", Slugs.of("Straße der Hilfe", 100));
        assertEquals("huong-dan-quan-ly-ho-so", Slugs.of("Hướng dẫn quản lý hồ sơ", 100));
        assertEquals("lodz-and-krakow", Slugs.of("Łódź & Kraków", 100));
    }

    @Test
    void otherScriptsAreTransliteratedIntoReadableWords() {
        assertEquals("aitiologeseis-psephou", Slugs.of("Αιτιολογήσεις ψήφου", 100));
        assertEquals("prava-celoveka", Slugs.of("Права человека", 100));
        String chinese = Slugs.of("个案管理指南", 100);
        assertTrue(chinese.matches("[a-z0-9]+(-[a-z0-9]+)*"), chinese);
        assertTrue(chinese.startsWith("ge-an"), chinese);
    }

    @Test
    void aTitleWithoutLettersGetsAStableShortIdNeverAnEmptySlug() {
        String rocket = Slugs.of("🚀🚀", 100);
        assertEquals(8, rocket.length());
        assertTrue(rocket.matches("[0-9a-f]{8}"), rocket);
        assertEquals(rocket, Slugs.of("🚀🚀", 100), "the same title gives the same slug");
        assertNotEquals(rocket, Slugs.of("🎉", 100));
        assertEquals("harm-reduction", Slugs.of("Harm reduction 🚀", 100), "emoji among words are left out");
    }

    @Test
    void slugsFitTheirColumnAndEndOnAWord() {
        String slug = Slugs.of("Case management ".repeat(20), 40);
        assertTrue(slug.length() <= 40, slug);
        assertTrue(!slug.endsWith("-"), slug);
    }

    @Test
    void aTakenSlugGetsTheFirstFreeNumber() {
        assertEquals("guide", Slugs.unique("guide", Set.of()::contains));
        assertEquals("guide-3", Slugs.unique("guide", Set.of("guide", "guide-2")::contains));
    }
}
