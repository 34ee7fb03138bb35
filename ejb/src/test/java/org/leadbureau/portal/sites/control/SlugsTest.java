package org.leadbureau.portal.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void namesBecomeLowerCaseAsciiWordsJoinedByHyphens() {
        assertEquals("lead-seattle-king-county", Slugs.of("LEAD Seattle / King County"));
        assertEquals("waldo-and-knox-counties-lead", Slugs.of("Waldo & Knox Counties LEAD"));
        assertEquals("atlanta-fulton-county-pre-arrest-diversion", Slugs.of("Atlanta/Fulton County Pre-Arrest Diversion"));
        assertEquals("espanola-lead", Slugs.of("  Española LEAD!  "));
        assertEquals(8, Slugs.of("¿?").length(), "a name with no letters gets a short id, never an empty slug");
    }

    @Test
    void theSameNameAlwaysGivesTheSameSlug() {
        assertEquals("santa-fe-lead", Slugs.of("Santa Fe LEAD"));
        assertEquals("santa-fe-lead", Slugs.of("Santa Fe LEAD"));
    }

    @Test
    void aTakenSlugGetsTheFirstFreeNumber() {
        assertEquals("albany-lead", Slugs.unique("Albany LEAD", Set.of()));
        assertEquals("albany-lead-2", Slugs.unique("Albany LEAD", Set.of("albany-lead")));
        assertEquals("albany-lead-3", Slugs.unique("Albany LEAD", Set.of("albany-lead", "albany-lead-2")));
    }

    @Test
    void wordsOfTheStaffPagesAreNeverSlugs() {
        assertEquals("new-2", Slugs.unique("New", Set.of()));
    }

    @Test
    void longNamesGiveSlugsThatFitTheColumnWithRoomForANumber() {
        String slug = Slugs.unique("A very long name ".repeat(10), Set.of());
        assertTrue(slug.length() <= 76, slug);
        assertTrue(!slug.endsWith("-"), slug);
    }
}
