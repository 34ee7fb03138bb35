package org.leadbureau.portal.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;

/** The directory's pages as served: bookmarkable filters, the summary, the map and a site's own page. */
@SharedPortal
class SitesPagesIT {

    @Test
    void theDirectorySummarisesTheSeededSites() {
        var response = Http.get("/sites");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("28 sites in 16 states"), "summary line");
        assertTrue(response.body().contains("href=\"/sites/albany-lead\""));
        assertTrue(response.body().contains("href=\"/api/sites?format=csv\""));
    }

    @Test
    void aBookmarkedFilterShowsTheFilteredSitesAndLinksTheirDownloads() {
        var body = Http.get("/sites?state=WA&status=OPERATIONAL").body();

        assertTrue(body.contains("3 sites in 1 state"), "filtered summary");
        assertTrue(body.contains("href=\"/sites/lead-burien\""));
        assertFalse(body.contains("href=\"/sites/santa-fe-lead\""));
        assertTrue(body.contains("href=\"/api/sites?format=csv&amp;state=WA&amp;status=OPERATIONAL\""));
        assertTrue(body.contains("href=\"/api/sites?format=geojson&amp;state=WA&amp;status=OPERATIONAL\""));
    }

    @Test
    void aMistypedFilterExplainsItselfNextToTheField() {
        var response = Http.get("/sites?state=XX");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("There is no US state or territory with the code &#39;XX&#39;.")
                || response.body().contains("There is no US state or territory with the code 'XX'."));
        assertTrue(response.body().contains("28 sites in 16 states"));
    }

    @Test
    void theMapShadesStatesAndLinksEachToItsSites() throws Exception {
        Database.update("update site set latitude = 47.47, longitude = -122.34 where slug = 'lead-burien'");
        try {
            var body = Http.get("/sites?view=map&status=OPERATIONAL").body();

            assertTrue(body.contains("aria-label=\"Washington: 3 sites\""), "tile label");
            assertTrue(body.contains("href=\"/sites?state=WA&amp;status=OPERATIONAL&amp;view=map\""), "tile link keeps the filters");
            assertTrue(body.contains("class=\"map-tile map-tile--3\""));
            assertTrue(body.contains("aria-label=\"LEAD Burien, Burien\""), "marker of a site with coordinates");
            assertFalse(body.contains("aria-label=\"Connecticut: "), "Connecticut has no operational site");
            assertTrue(body.contains("a site with known coordinates</li>"), "the key names the dots shown");
            // The key describes only what the map shows: no dots and no shade that no state has.
            var washington = Http.get("/sites?view=map&state=WA").body();
            String key = washington.substring(washington.indexOf("class=\"map-legend\""), washington.indexOf("</ul>", washington.indexOf("class=\"map-legend\"")));
            assertTrue(key.contains("no sites shown") && key.contains("3 or more sites"), key);
            assertFalse(key.contains("1 site<") || key.contains("2 sites"), "no shade that no state has: " + key);
        } finally {
            Database.update("update site set latitude = null, longitude = null where slug = 'lead-burien'");
        }
    }

    @Test
    void aSeededSiteHasHadItsStatusSinceItsLaunchAsPreciselyAsItIsKnown() {
        var response = Http.get("/sites/lead-seattle-king-county");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<h1>LEAD Seattle / King County</h1>"), "the Seattle page");
        assertTrue(Pattern.compile("<td>Oct 2011</td>\\s*<td>Operational</td>").matcher(response.body()).find(),
                "operational since its launch in October 2011, not since the day of import");
    }

    @Test
    void aSitePageShowsEveryFactWithItsSourceHistoryAndNeighbours() throws Exception {
        var body = Http.get("/sites/santa-fe-lead").body();

        assertTrue(body.contains("<h1>Santa Fe LEAD</h1>"));
        assertTrue(body.contains("21 Apr 2014"), "launch date at day precision");
        assertTrue(body.contains("href=\"https://www.santafenm.gov/news/detail/city_launches_lead_putting_santa_fe_in_proactive_spotlight\""));
        assertTrue(body.contains("Second LEAD site in the nation"));
        assertTrue(body.contains("href=\"/sites/new-mexico-lead\""), "the other site in New Mexico");
        assertTrue(body.contains("Not verified in the last year"), "never verified is flagged");
        assertTrue(Http.get("/sites/lead-burien").body().contains(">2018<"), "a year stays a year");

        Database.update("update site set last_verified = current_date where slug = 'santa-fe-lead'");
        try {
            assertFalse(Http.page(Http.get("/sites/santa-fe-lead"), "Santa Fe LEAD").contains("Not verified in the last year"));
        } finally {
            Database.update("update site set last_verified = null where slug = 'santa-fe-lead'");
        }
    }

    @Test
    void unknownSitesAnswer404() {
        for (String path : List.of("/sites/no-such-site", "/sites/santa-fe-lead/extra")) {
            var response = Http.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("We could not find that page"), path);
        }
    }
}
