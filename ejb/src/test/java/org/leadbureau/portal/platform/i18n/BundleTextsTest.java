package org.leadbureau.portal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The bundles of the ejb module (mails, validation messages): every key in every language, each a valid pattern. */
class BundleTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"mail/messages", "errors/messages", "ValidationMessages", "sites/states"})
    void englishAndSpanishHaveTheSameKeysEachWithAText(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties spanish = load(bundle + "_es.properties");

        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(spanish.stringPropertyNames());
        Set<String> onlySpanish = new TreeSet<>(spanish.stringPropertyNames());
        onlySpanish.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, "keys missing from " + bundle + "_es.properties");
        assertEquals(Set.of(), onlySpanish, "keys missing from " + bundle + ".properties");
        for (Properties texts : new Properties[] {english, spanish}) {
            texts.forEach((key, text) -> assertTrue(!text.toString().isBlank(), key + " has no text"));
        }
    }

    @Test
    void everyMailTextIsAPatternThatFillsInItsValues() throws IOException {
        for (Language language : Language.values()) {
            BundleTexts texts = BundleTexts.of(BundleTexts.MAIL, language);
            for (String key : load("mail/messages.properties").stringPropertyNames()) {
                // A lone quote would make the rest of the text literal, "{0}" and all.
                String text = texts.get(key, "«0»", "«1»");
                assertTrue(!text.contains("{") && !text.contains("}"), language + " " + key + ": " + text);
            }
        }
        assertEquals("Inscripción confirmada: Case management", BundleTexts.of(BundleTexts.MAIL, Language.ES)
                .get("training.confirmed.subject", "Case management"));
        assertEquals("On the waitlist (position 3): Case management", BundleTexts.of(BundleTexts.MAIL, Language.EN)
                .get("training.waitlisted.subject", "Case management", 3));
    }

    @Test
    void eachLanguageGetsItsOwnTextsWhateverTheServersDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-ES"));
            ResourceBundle.clearCache();
            assertEquals("Dear Ann,", BundleTexts.of(BundleTexts.MAIL, Language.EN).get("greeting", "Ann"));
            assertEquals("Estimado/a Ann:", BundleTexts.of(BundleTexts.MAIL, Language.ES).get("greeting", "Ann"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void anEnumValueHasItsTextInEachLanguage() {
        assertEquals("In person", BundleTexts.of(BundleTexts.MAIL, Language.EN).of("format", Format.IN_PERSON));
        assertEquals("Presencial", BundleTexts.of(BundleTexts.MAIL, Language.ES).of("format", Format.IN_PERSON));
    }

    private enum Format { IN_PERSON }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (Reader reader = new InputStreamReader(BundleTextsTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
