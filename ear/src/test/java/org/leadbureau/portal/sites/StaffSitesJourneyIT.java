package org.leadbureau.portal.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff keep the directory true: add a site (with errors next to the fields first), record a status change,
 * verify, retire, and import a CSV after previewing it. As a
 * signed-in STAFF user.
 */
class StaffSitesJourneyIT extends BrowserJourney {

    @BeforeAll
    static void signIn() {
        Browser.signIn(browser, StaffAccounts.staff());
    }

    @AfterAll
    static void removeTheTestSite() throws Exception {
        Database.update("delete from site_status_change where site_id in (select id from site where slug = 'walla-walla-lead')");
        Database.update("delete from site where slug = 'walla-walla-lead'");
    }

    @Test
    void addASiteRecordItsStatusVerifyItAndRetireIt() throws Exception {
        browser.get(Http.baseUrl() + "/staff/sites/new");
        Browser.assertAccessible(browser, "Add a site");
        // A day written wrongly in a date picker is refused in the same round as the rest, and kept as typed.
        browser.findElement(By.id("site:lastVerified_input")).sendKeys("last spring");
        Browser.submit(browser, "site:save");
        assertEquals("missing name", text("site:name-error"));
        assertEquals("missing state", text("site:state-error"));
        assertEquals("Give the day as YYYY-MM-DD, e.g. 2026-03-31, or leave it empty.", text("site:lastVerified-error"));
        assertEquals("last spring", browser.findElement(By.id("site:lastVerified_input")).getAttribute("value"));
        Browser.assertAccessible(browser, "Add a site");
        browser.findElement(By.id("site:lastVerified_input")).clear();

        browser.findElement(By.id("site:name")).sendKeys("Walla Walla LEAD");
        Browser.choose(browser, "site:state", "Washington");
        browser.findElement(By.id("site:launched")).sendKeys("2016");
        browser.findElement(By.id("site:sourceUrl")).sendKeys("javascript:alert(1)");
        Browser.submit(browser, "site:save");
        assertTrue(text("site:sourceUrl-error").startsWith("malformed source url"));
        browser.findElement(By.id("site:sourceUrl")).clear();
        browser.findElement(By.id("site:sourceUrl")).sendKeys("https://example.org/walla-walla");
        Browser.submit(browser, "site:save");
        Browser.await(browser).until(ExpectedConditions.urlContains("/staff/sites/walla-walla-lead"));
        Browser.assertAccessible(browser, "Walla Walla LEAD");

        Browser.choose(browser, "status:newStatus", "Planning");
        browser.findElement(By.id("status:statusNote")).sendKeys("Partners meeting monthly");
        // Typed into the date picker; yesterday, which is in the past in every zone.
        LocalDate since = LocalDate.now().minusDays(1);
        browser.findElement(By.id("status:effectiveOn_input")).sendKeys(since.toString());
        Browser.submit(browser, "status:changeStatus");
        List<String> statuses = browser.findElements(By.cssSelector("table.history tbody tr")).stream()
                .map(row -> row.findElement(By.cssSelector("td:nth-child(2)")).getText() + " since "
                        + row.findElement(By.cssSelector("td:nth-child(1)")).getText()).toList();
        assertTrue(statuses.contains("Planning since " + since.getDayOfMonth() + " "
                + since.getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + " " + since.getYear()), statuses.toString());
        assertEquals(2, statuses.size(), statuses.toString());
        Browser.submit(browser, "verify:markVerified");
        assertEquals(1, Database.count("select count(*) from site where slug = 'walla-walla-lead' and last_verified = current_date"));

        // Renaming keeps the address.
        browser.findElement(By.id("site:name")).clear();
        browser.findElement(By.id("site:name")).sendKeys("Walla Walla County LEAD");
        Browser.submit(browser, "site:save");
        assertEquals(200, Http.get("/sites/walla-walla-lead").statusCode());
        assertTrue(Http.get("/sites/walla-walla-lead").body().contains("Walla Walla County LEAD"));

        browser.findElement(By.id("retire:retireReason")).sendKeys("Entered for a test");
        Browser.submit(browser, "retire:retireSite");
        assertEquals(404, Http.get("/sites/walla-walla-lead").statusCode());
        assertEquals(1, Database.count("select count(*) from site where slug = 'walla-walla-lead'"));
        assertEquals(3, Database.count("select count(*) from site_status_change c join site s on s.id = c.site_id"
                + " where s.slug = 'walla-walla-lead'"));
    }

    @Test
    void exportingThenImportingTheSameFileChangesNothingAndShowsAPreviewFirst() throws Exception {
        Path csv = Files.createTempFile("lead-sites", ".csv");
        Files.writeString(csv, Http.get("/api/sites?format=csv").body()
                + "Nowhere LEAD,Nowhere,XX,OPERATIONAL,2018,,,,,,,,,,\n");
        long history = Database.count("select count(*) from site_status_change");

        browser.get(Http.baseUrl() + "/staff/sites");
        Browser.assertAccessible(browser, "Sites");
        browser.findElement(By.id("import:file")).sendKeys(csv.toString());
        Browser.submit(browser, "import:preview");
        assertTrue(browser.getPageSource().contains("0 to create, 0 to update"), "preview of an unchanged export");
        assertTrue(browser.getPageSource().contains("unknown state 'XX'"));
        Browser.assertAccessible(browser, "Sites");
        Browser.submit(browser, "confirm:apply");

        assertTrue(browser.getPageSource().contains("0 created, 0 updated"));
        assertEquals(history, Database.count("select count(*) from site_status_change"));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
