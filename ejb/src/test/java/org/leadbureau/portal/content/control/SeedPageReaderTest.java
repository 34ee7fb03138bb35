package org.leadbureau.portal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedPageReaderTest {

    private final SeedPageReader reader = new SeedPageReader(getClass().getClassLoader());

    @Test
    void readsFrontMatterAndRendersMarkdown() {
        SeedPage page = reader.parse("sample", """
                ---
                title: Case management in LEAD
                summary: How case managers work with participants.
                order: 7
                ---
                ## Long-term support

                Case managers meet people *where they are*.
                """, "abc");

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
        SeedPage page = reader.parse("sample", """
                ---
                title: T
                summary: S
                order: 1
                ---
                <script>alert(1)</script>

                [click](javascript:alert(2))
                """, "abc");

        assertFalse(page.text().html().contains("<script>"), page.text().html());
        assertTrue(page.text().html().contains("&lt;script&gt;"), page.text().html());
        assertFalse(page.text().html().contains("javascript:"), page.text().html());
    }

    @Test
    void aPageWithoutATitleIsRefusedWithItsName() {
        var error = assertThrows(IllegalStateException.class, () -> reader.parse("nameless", """
                ---
                summary: S
                order: 1
                ---
                Body
                """, "abc"));
        assertTrue(error.getMessage().contains("nameless") && error.getMessage().contains("title"), error.getMessage());
    }

    @Test
    void theContentModuleSeedStartsWithTheHomePageAndEndsEachPageWithTheContactDoor() {
        List<SeedPage> pages = reader.readAll();

        assertEquals("home", pages.get(0).slug());
        assertTrue(pages.size() >= 5, "home and at least four about pages");
        for (SeedPage page : pages) {
            assertTrue(page.text().markdown().strip().endsWith(
                    "Interested in implementing or improving LEAD in your community? [Contact us](/contact)."),
                    page.slug());
            assertEquals(64, page.checksum().length());
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
