package org.leadbureau.portal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.i18n.Language;

class ContentPageTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-02-01T00:00:00Z");

    private static PageText text(String title) {
        return new PageText(title, "summary", 1, "body", "<p>body</p>");
    }

    @Test
    void theSameSeedAgainChangesNothing() {
        var page = new ContentPage("about", Language.EN, text("About"), "sum-1", T0);
        assertFalse(page.refreshFromSeed(text("About"), "sum-1", T1));
        assertEquals(T0, page.getUpdatedAt());
    }

    @Test
    void aNewerSeedRefreshesAnUntouchedPage() {
        var page = new ContentPage("about", Language.EN, text("About"), "sum-1", T0);
        assertTrue(page.refreshFromSeed(text("About LEAD"), "sum-2", T1));
        assertEquals("About LEAD", page.getTitle());
        assertEquals(T1, page.getUpdatedAt());
    }

    @Test
    void aPageStaffEditedIsNeverOverwrittenByASeed() {
        var page = new ContentPage("about", Language.EN, text("About"), "sum-1", T0);
        page.edit(text("Our own words"), T1);
        assertFalse(page.refreshFromSeed(text("About LEAD"), "sum-2", T1));
        assertEquals("Our own words", page.getTitle());
        assertTrue(page.isEditedByStaff());
    }

    @Test
    void aPageNeedsATitle() {
        assertThrows(IllegalArgumentException.class, () -> new ContentPage("about", Language.EN, text(" "), "sum", T0));
    }
}
