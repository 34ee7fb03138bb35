package org.leadbureau.portal.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A trainer books a visit on the calendar page, is refused a clashing one with the reason, and confirms the first. */
class SiteVisitJourneyIT extends BrowserJourney {

    /** Visits are booked next year: always ahead, and in the same season (daylight saving or not) every run. */
    private static final int YEAR = Dates.nextYear();

    private static Account trainer;

    @BeforeAll
    static void signIn() {
        trainer = VisitApi.newTrainer("Jo Journey");
        Browser.signIn(browser, trainer);
    }

    @Test
    void bookAVisitTryAClashingOneAndConfirmTheFirst() {
        browser.get(Http.baseUrl() + "/staff/visits");
        Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-view")));
        Browser.assertAccessible(browser, "Site visits");
        Browser.assertBoxesBigEnough(browser);

        book("Santa Fe LEAD (NM)", "Journey launch workshop", YEAR + "-04-05 09:00", YEAR + "-04-06 17:00");
        Browser.await(browser).withMessage(() -> "not booked: " + browser.findElement(By.id("main")).getText())
                .until(ExpectedConditions.urlMatches(".*/staff/visits/[0-9]+$"));
        String first = browser.getCurrentUrl();
        assertTrue(Browser.announced(browser).contains("Visit booked: “Journey launch workshop” is requested."), Browser.announced(browser));
        assertTrue(browser.findElement(By.id("visitStatus")).getText().startsWith("Requested"));
        assertTrue(browser.findElement(By.id("visitWhen")).getText().contains("MDT"), "the site's zone is named");
        Browser.assertAccessible(browser, "Journey launch workshop");

        browser.get(Http.baseUrl() + "/staff/visits");
        book("LEAD Burien (WA)", "Journey clashing visit", YEAR + "-04-06 13:00", YEAR + "-04-07 17:00");
        String refusal = Browser.await(browser).until(page ->
                page.findElements(By.cssSelector("#visitForm .form-errors")).stream().findFirst()).get().getText();
        // Times in words, and a link to the visit it clashes with.
        assertTrue(refusal.contains("Journey launch workshop") && refusal.contains("April 5, " + YEAR + ", 9:00 AM MDT"), refusal);
        assertFalse(refusal.contains(YEAR + "-04-05T09:00"), "no ISO times on the page: " + refusal);
        assertEquals(first, browser.findElement(By.id("clashLink")).getAttribute("href"));
        Browser.assertAccessible(browser, "Site visits");

        browser.get(first);
        assertTrue(browser.findElement(By.id("statusHelp")).getText().contains("Propose offers these dates"));
        Browser.submit(browser, "statusForm:confirm");
        assertTrue(browser.findElement(By.id("visitStatus")).getText().startsWith("Confirmed"));
        assertTrue(Browser.announced(browser).contains("The visit is now confirmed."), Browser.announced(browser));
        assertEquals(first, browser.getCurrentUrl());
    }

    @Test
    void theFeedAddressIsCopiedWithAButton() throws Exception {
        browser.get(Http.baseUrl() + "/staff/visits");
        Browser.submit(browser, "feed:newFeed");
        String address = browser.findElement(By.id("feed:feedUrl")).getAttribute("value");
        assertTrue(address.contains("/api/visits/feed/"), address);
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'FEED_ADDRESS_MADE' and actor = ?",
                trainer.email()), "making a feed address is in the audit log");
        browser.findElement(By.id("copyFeed")).click();
        Browser.await(browser).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("copyStatus"), "Copied"));
        Browser.assertAccessible(browser, "Site visits");
    }

    private static void book(String site, String purpose, String start, String end) {
        // The site menu filters as one types (hundreds of sites); dates are typed into the pickers.
        browser.findElement(By.id("visitForm:site")).click();
        WebElement filter = Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("visitForm:site_filter")));
        String typed = site.substring(0, site.indexOf(" ("));
        filter.sendKeys(typed);
        Browser.await(browser).until(page -> page.findElements(By.cssSelector("[id='visitForm:site_panel'] li.ui-selectonemenu-item"))
                .stream().filter(WebElement::isDisplayed).allMatch(item -> item.getText().contains(typed)));
        // Enter takes the first match, as a keyboard user does; the menu's own (hidden) select then holds it.
        filter.sendKeys(Keys.ENTER);
        Browser.await(browser).until(page -> site.equals(((JavascriptExecutor) page).executeScript(
                "const s = document.getElementById('visitForm:site_input'); return s.selectedOptions[0].text;")));
        browser.findElement(By.id("visitForm:purpose")).sendKeys(purpose);
        browser.findElement(By.id("visitForm:start_input")).sendKeys(start);
        browser.findElement(By.id("visitForm:end_input")).sendKeys(end);
        browser.findElement(By.cssSelector("#visitForm input[type=checkbox][value='" + trainer.email() + "']")).click();
        browser.findElement(By.id("visitForm:contactName")).sendKeys("Pat Partner");
        browser.findElement(By.id("visitForm:contactEmail")).sendKeys("pat@partner.example");
        Browser.submit(browser, "visitForm:book");
    }
}
