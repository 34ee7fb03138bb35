package org.leadbureau.portal.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Dates;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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

        book("Santa Fe LEAD (NM)", "Journey launch workshop", YEAR + "-04-05 09:00", YEAR + "-04-06 17:00");
        Browser.await(browser).until(ExpectedConditions.urlMatches(".*/staff/visits/[0-9]+$"));
        String first = browser.getCurrentUrl();
        assertTrue(browser.findElement(By.id("visitStatus")).getText().startsWith("Requested"));
        assertTrue(browser.findElement(By.id("visitWhen")).getText().contains("MDT"), "the site's zone is named");
        Browser.assertAccessible(browser, "Journey launch workshop");

        browser.get(Http.baseUrl() + "/staff/visits");
        book("LEAD Burien (WA)", "Journey clashing visit", YEAR + "-04-06 13:00", YEAR + "-04-07 17:00");
        String refusal = Browser.await(browser).until(page ->
                page.findElements(By.cssSelector("#visitForm .ui-messages-error")).stream().findFirst()).get().getText();
        assertTrue(refusal.contains("Journey launch workshop") && refusal.contains(YEAR + "-04-05T09:00"), refusal);

        browser.get(first);
        Browser.submit(browser, "statusForm:confirm");
        assertTrue(browser.findElement(By.id("visitStatus")).getText().startsWith("Confirmed"));
        assertEquals(first, browser.getCurrentUrl());
    }

    private static void book(String site, String purpose, String start, String end) {
        new Select(browser.findElement(By.id("visitForm:site"))).selectByVisibleText(site);
        browser.findElement(By.id("visitForm:purpose")).sendKeys(purpose);
        browser.findElement(By.id("visitForm:start")).sendKeys(start);
        browser.findElement(By.id("visitForm:end")).sendKeys(end);
        browser.findElement(By.cssSelector("#visitForm input[type=checkbox][value='" + trainer.email() + "']")).click();
        browser.findElement(By.id("visitForm:contactName")).sendKeys("Pat Partner");
        browser.findElement(By.id("visitForm:contactEmail")).sendKeys("pat@partner.example");
        Browser.submit(browser, "visitForm:book");
    }
}
