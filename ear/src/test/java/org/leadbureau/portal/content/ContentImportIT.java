package org.leadbureau.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.PortalRestarts;

/** Starting the portal again imports the seed again: exactly one copy remains, and staff edits survive. */
class ContentImportIT extends PortalRestarts {

    @Test
    void restartingKeepsOneCopyOfEachPageRefreshesStaleSeedsAndKeepsStaffEdits() throws Exception {
        long pages = Database.count("select count(*) from content_page");
        assertTrue(pages >= 5);
        // A page staff edited, and a page imported from an older version of its seed.
        Database.update("update content_page set title = ?, edited_at = current_timestamp where slug = ? and language = 'en'",
                "Our systems-change story", "systems-change");
        Database.update("update content_page set title = ?, seed_checksum = ? where slug = ? and language = 'en'",
                "An outdated title", "an-older-seed", "how-to-implement");

        restart();

        assertEquals(pages, Database.count("select count(*) from content_page"));
        assertEquals(pages, Database.count("select count(*) from (select distinct slug, language from content_page) d"));
        assertEquals(List.of("Our systems-change story"),
                Database.strings("select title from content_page where slug = ? and language = 'en'", "systems-change"));
        List<String> refreshed = Database.strings("select title from content_page where slug = ? and language = 'en'",
                "how-to-implement");
        assertNotEquals(List.of("An outdated title"), refreshed);
        assertTrue(Http.get("/about/systems-change").body().contains("Our systems-change story"));
    }
}
