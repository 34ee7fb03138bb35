package org.leadbureau.portal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.i18n.Language;

class SeedPageReaderTest {

    private final SeedPageReader reader = new SeedPageReader(getClass().getClassLoader());

    @Test
    void readsFrontMatterAndRendersMarkdown() {
        SeedPage page = reader.parse("sample", Language.EN, """
                ---
                title: Case management in LEAD
                summary: How case managers work with participants.
                order: 7
                ---
                ## Long-term support

                Case managers meet people *where they are*.
                """, "abc", null);

        assertEquals("Case management in LEAD", page.text().title());
        assertEquals("How case managers work with participants.", page.text().summary());
        assertEquals(7, page.text().menuOrder());
        assertTrue(page.text().markdown().startsWith("## Long-term support"), page.text().markdown());
        assertTrue(page.text().html().contains("<h2>Long-term support</h2>"), page.text().html());
        assertTrue(page.text().html().contains("<em>where they are</em>"), page.text().html());
        assertFalse(page.text().html().contains("title:"), "front matter must not be rendered");
    }

    @Test
    void rawHtmlAndScriptLinksInASeedAreShownAsTextNotRun() {
        SeedPage page = reader.parse("sample", Language.EN, """
                ---
                title: T
                summary: S
                order: 1
                ---
                <script>alert(1)</script>

                [click](javascript:alert(2))
                """, "abc", null);

        assertFalse(page.text().html().contains("<script>"), page.text().html());
        assertTrue(page.text().html().contains("&lt;script&gt;"), page.text().html());
        assertFalse(page.text().html().contains("javascript:"), page.text().html());
    }

    @Test
    void aPageWithoutATitleIsRefusedWithItsName() {
        var error = assertThrows(IllegalStateException.class, () -> reader.parse("nameless", Language.EN, """
                ---
                summary: S
                order: 1
                ---
                Body
                """, "abc", null));
        assertTrue(error.getMessage().contains("nameless") && error.getMessage().contains("title"), error.getMessage());
    }

    @Test
    void aTranslationTakesItsPlaceInTheMenuFromTheEnglishPage() {
        SeedPage page = reader.parse("sample", Language.ES, """
                ---
                title: El manejo de casos en LEAD
                summary: Cómo acompañan los administradores de casos a los participantes.
                ---
                Cuerpo
                """, "abc", 7);

        assertEquals(Language.ES, page.language());
        assertEquals(7, page.text().menuOrder());
        assertEquals("El manejo de casos en LEAD", page.text().title());
    }

    @Test
    void theContentModuleSeedHasEveryPageInEnglishAndSpanishEachEndingWithTheContactDoor() {
        List<SeedPage> pages = reader.readAll();

        assertEquals("home", pages.get(0).slug());
        assertEquals(Language.EN, pages.get(0).language());
        List<SeedPage> english = pages.stream().filter(page -> page.language() == Language.EN).toList();
        assertTrue(english.size() >= 5, "home and at least four about pages");
        Map<Language, String> contactDoor = Map.of(
                Language.EN, "Interested in implementing or improving LEAD in your community? [Contact us](/contact).",
                Language.ES, "¿Le interesa poner en marcha o mejorar LEAD en su comunidad? [Comuníquese con nosotros](/contact).");
        for (SeedPage page : pages) {
            assertTrue(page.text().markdown().strip().endsWith(contactDoor.get(page.language())),
                    page.slug() + " " + page.language());
            assertEquals(64, page.checksum().length());
        }
        for (SeedPage page : english) {
            SeedPage spanish = pages.stream()
                    .filter(other -> other.slug().equals(page.slug()) && other.language() == Language.ES)
                    .findFirst().orElseThrow(() -> new AssertionError(page.slug() + " has no Spanish version"));
            assertEquals(page.text().menuOrder(), spanish.text().menuOrder());
            assertNotEquals(page.text().title(), spanish.text().title(), page.slug() + " is translated");
        }
    }

    @Test
    void theChecksumFollowsTheSourceBytes() {
        byte[] one = "a".getBytes(StandardCharsets.UTF_8);
        byte[] two = "b".getBytes(StandardCharsets.UTF_8);
        assertEquals(SeedPageReader.sha256(one), SeedPageReader.sha256(one.clone()));
        assertNotEquals(SeedPageReader.sha256(one), SeedPageReader.sha256(two));
    }
}
