package org.leadbureau.portal.library.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Snippets read only the opening of a text: at most 8,000 characters, never half a character. */
class TextOpeningTest {

    @Test
    void aShortTextIsItsOwnOpening() {
        String text = "Harm reduction and case management.";
        assertSame(text, LibraryResource.opening(text));
    }

    @Test
    void aLongTextIsCutAtEightThousandCharacters() {
        String text = "a".repeat(7_990) + "0123456789" + "b".repeat(5_000);
        String opening = LibraryResource.opening(text);
        assertEquals(8_000, opening.length());
        assertEquals('9', opening.charAt(7_999));
    }

    @Test
    void anEmojiAtTheCutIsLeftOutWhole() {
        // U+1F3E0 (house) is two UTF-16 units; here it would straddle the 8,000th character.
        String text = "a".repeat(7_999) + "\uD83C\uDFE0" + "tail";
        String opening = LibraryResource.opening(text);
        assertEquals(7_999, opening.length());
        assertEquals("a".repeat(7_999), opening);
    }
}
