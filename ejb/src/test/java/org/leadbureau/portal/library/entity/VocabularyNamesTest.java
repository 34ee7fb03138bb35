package org.leadbureau.portal.library.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.i18n.Language;

/** Every seeded topic and audience has a Spanish name; a term staff add later is shown by its label, in English. */
class VocabularyNamesTest {

    @Test
    void everySeededTermIsNamedInSpanish() throws IOException {
        for (String[] term : terms("topics.txt")) {
            assertEquals(Language.ES, new Topic(term[0], term[1]).labelLanguage(Language.ES), "topic " + term[0]);
        }
        for (String[] term : terms("audiences.txt")) {
            assertEquals(Language.ES, new Audience(term[0], term[1]).labelLanguage(Language.ES), "audience " + term[0]);
        }
        assertEquals("Reducción de daños", new Topic("harm-reduction", "Harm reduction").labelIn(Language.ES));
        assertEquals("Harm reduction", new Topic("harm-reduction", "Harm reduction").labelIn(Language.EN));
    }

    @Test
    void aTermWithoutATranslationIsShownInEnglishAndSaysSo() {
        Topic added = new Topic("street-outreach", "Street outreach");

        assertEquals("Street outreach", added.labelIn(Language.ES));
        assertEquals(Language.EN, added.labelLanguage(Language.ES));
    }

    /** The slug and label of each line of a vocabulary of the content module ("slug | label"). */
    private static List<String[]> terms(String file) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                VocabularyNamesTest.class.getResourceAsStream("/content/library/" + file), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|")).map(parts -> new String[] {parts[0].strip(), parts[1].strip()})
                    .toList();
        }
    }
}
