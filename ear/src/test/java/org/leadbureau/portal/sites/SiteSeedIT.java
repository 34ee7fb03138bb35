package org.leadbureau.portal.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.PortalRestarts;

/** Starting the portal again imports the seed sites again: none is duplicated, and staff changes survive. */
class SiteSeedIT extends PortalRestarts {

    @Test
    void restartingKeepsOneCopyOfEachSeedSiteAndKeepsStaffChanges() throws Exception {
        try {
            long sites = Database.count("select count(*) from site");
            long history = Database.count("select count(*) from site_status_change");
            assertEquals(28, Database.count("select count(*) from site s join site_status_change c on c.site_id = s.id"
                    + " where c.recorded_by = 'import'"), "each seed site has its first status, recorded by the import");
            // As staff would: rename a seeded site (its slug stays) and end another.
            Database.update("update site set name = ? where slug = ?", "LEAD Albany County", "albany-lead");
            Database.update("update site set status = 'ENDED' where slug = ?", "new-haven-lead");

            restart();

            assertEquals(sites, Database.count("select count(*) from site"));
            assertEquals(history, Database.count("select count(*) from site_status_change"));
            assertEquals(List.of("LEAD Albany County"), Database.strings("select name from site where slug = ?", "albany-lead"));
            assertEquals(List.of("ENDED"), Database.strings("select status from site where slug = ?", "new-haven-lead"));
        } finally {
            Database.update("update site set name = ? where slug = ?", "Albany LEAD", "albany-lead");
            Database.update("update site set status = 'PAUSED' where slug = ?", "new-haven-lead");
        }
    }
}
