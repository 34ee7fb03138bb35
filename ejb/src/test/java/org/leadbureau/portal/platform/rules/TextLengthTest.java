package org.leadbureau.portal.platform.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Lengths count characters as people do: an emoji is one, a Greek letter is one. */
class TextLengthTest {

    private static final String GREEK_150 = "Αιτιολογήσεις ψήφου για την εκτροπή ".repeat(5).substring(0, 150);

    @Test
    void anEmojiIsOneCharacter() {
        assertEquals(1, TextLength.of("🚀"));
        assertEquals(2, "🚀".length(), "two UTF-16 units, which @Size would count");
        assertEquals(14, TextLength.of("Ærø 个案 🚀 LEAD!"));
        assertEquals(0, TextLength.of(null));
    }

    @Test
    void aHundredAndFiftyCharacterGreekTitleFitsUnderTwoHundred() {
        assertEquals(150, TextLength.of(GREEK_150));
        assertFalse(TextLength.exceeds(GREEK_150, 200));
        var validator = new MaxLength.Validator();
        validator.initialize(maxLength(200));
        assertTrue(validator.isValid(GREEK_150, null));
    }

    @Test
    void twoHundredEmojiFitAndOneMoreDoesNot() {
        String emoji = "🙂".repeat(200);
        assertFalse(TextLength.exceeds(emoji, 200), "400 UTF-16 units, 200 characters");
        assertTrue(TextLength.exceeds(emoji + "a", 200));
        assertFalse(TextLength.exceeds(null, 0));
    }

    @Test
    void theConstraintCountsCodePoints() {
        var validator = new MaxLength.Validator();
        validator.initialize(maxLength(3));
        assertTrue(validator.isValid("🚀🚀🚀", null));
        assertFalse(validator.isValid("🚀🚀🚀🚀", null));
        assertTrue(validator.isValid(null, null));
    }

    @Test
    void truncatingNeverSplitsACharacter() {
        assertEquals("a🚀", TextLength.truncate("a🚀b", 2));
        assertEquals("a🚀b", TextLength.truncate("a🚀b", 3));
        assertEquals(null, TextLength.truncate(null, 3));
    }

    @Test
    void noTextIsLimitedWithSizeWhichCountsUtf16Units() throws IOException {
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../web/src/main/java"))) {
            assertTrue(Files.isDirectory(sources), sources.toAbsolutePath().toString());
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    assertFalse(Files.readString(file).contains("@Size("), file + " uses @Size: use @MaxLength");
                }
            }
        }
    }

    private static MaxLength maxLength(int value) {
        return new MaxLength() {
            @Override
            public int value() {
                return value;
            }

            @Override
            public String message() {
                return "";
            }

            @Override
            public Class<?>[] groups() {
                return new Class<?>[0];
            }

            @SuppressWarnings("unchecked")
            @Override
            public Class<? extends jakarta.validation.Payload>[] payload() {
                return new Class[0];
            }

            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return MaxLength.class;
            }
        };
    }
}
