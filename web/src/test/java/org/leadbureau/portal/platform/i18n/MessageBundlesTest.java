package org.leadbureau.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text exists in every language: a key in one bundle and not in the other fails the build. */
class MessageBundlesTest {

    @Test
    void englishAndSpanishHaveTheSameKeysEachWithAText() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");

        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(spanish.stringPropertyNames());
        Set<String> onlySpanish = new TreeSet<>(spanish.stringPropertyNames());
        onlySpanish.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "keys missing from messages_es.properties");
        assertEquals(Set.of(), onlySpanish, "keys missing from messages.properties");
        for (Properties bundle : new Properties[] {english, spanish}) {
            bundle.forEach((key, text) -> assertTrue(!text.toString().isBlank(), key + " has no text"));
        }
        assertTrue(load("messages_en.properties").isEmpty(), "English texts belong in messages.properties");
    }

    /**
     * A text with arguments ({@code {0}}) is a MessageFormat pattern (h:outputFormat, {@link Texts}): it must parse,
     * take the same arguments in both languages, and write an apostrophe twice (a single one would hide the rest).
     */
    @Test
    void textsWithArgumentsAreFormatPatternsWithTheSameArgumentsInBothLanguages() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (!text.contains("{")) {
                continue;
            }
            for (String pattern : new String[] {text, spanish.getProperty(key, "")}) {
                assertTrue(!pattern.replace("''", "").contains("'"), key + ": write an apostrophe twice: " + pattern);
            }
            assertEquals(new MessageFormat(text).getFormatsByArgumentIndex().length,
                    new MessageFormat(spanish.getProperty(key, "")).getFormatsByArgumentIndex().length, key + ": arguments");
        }
    }

    @Test
    void eachLanguageGetsItsOwnTextsWhateverTheServersDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-ES"));
            ResourceBundle.clearCache();
            assertEquals("Skip to main content", ResourceBundle.getBundle("messages", Language.EN.locale()).getString("skipLink"));
            assertEquals("Ir al contenido principal",
                    ResourceBundle.getBundle("messages", Language.ES.locale()).getString("skipLink"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
