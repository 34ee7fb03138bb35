package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void wordsAreCountedInOneForm() {
        assertEquals(Optional.of("naloxone kits"), SearchTerms.normalise("  Naloxone \t KITS\n"));
        assertEquals(Optional.of("guía rápida"), SearchTerms.normalise("Guía  Rápida"));
        assertEquals(Optional.of("2024 report"), SearchTerms.normalise("2024 report"));
        assertEquals(Optional.of("file"), SearchTerms.normalise("ﬁle"), "compatibility forms fold (NFKC)");
    }

    @Test
    void blankAndPersonalLookingQueriesAreNotCounted() {
        assertEquals(Optional.empty(), SearchTerms.normalise(null));
        assertEquals(Optional.empty(), SearchTerms.normalise(" \u200b "));
        assertEquals(Optional.empty(), SearchTerms.normalise("pat@example.org"));
        assertEquals(Optional.empty(), SearchTerms.normalise("call 555-123-4567"));
        assertEquals(Optional.empty(), SearchTerms.normalise("case 20240117"));
    }

    @Test
    void longQueriesAreCutByCharacters() {
        String emoji = "🚀".repeat(150);
        assertEquals("🚀".repeat(SearchTerms.MAX_LENGTH), SearchTerms.normalise(emoji).orElseThrow());
        assertEquals("a".repeat(99), SearchTerms.normalise("a".repeat(99) + " " + "b".repeat(50)).orElseThrow(),
                "no space is left at the end");
    }
}
