package org.leadbureau.portal.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A visitor looks for operational LEAD sites in Washington, opens one and downloads what they found. */
class SitesJourneyIT extends BrowserJourney {

    @Test
    void filterByStateAndStatusOpenASiteAndDownloadTheFilteredCsv() {
        browser.get(Http.baseUrl() + "/sites");
        Browser.assertAccessible(browser, "Directory of LEAD sites");

        Browser.choose(browser, "filters:state", "Washington");
        Browser.choose(browser, "filters:status", "Operational");
        browser.findElement(By.id("filters:apply")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("state=WA"));

        assertTrue(browser.getCurrentUrl().endsWith("/sites?state=WA&status=OPERATIONAL"), browser.getCurrentUrl());
        assertEquals("3 sites in 1 state", browser.findElement(By.id("summary")).getText());
        List<String> names = browser.findElements(By.cssSelector(".site-table tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("LEAD Burien", "LEAD Seattle / King County", "Thurston County LEAD"), names);
        Browser.assertAccessible(browser, "Directory of LEAD sites");

        String csvHref = browser.findElement(By.linkText("CSV")).getAttribute("href");
        var csv = Http.get(csvHref.substring(Http.baseUrl().length()));
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        assertEquals(4, lines.size(), csv.body());
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains(",WA,OPERATIONAL,")), csv.body());

        browser.findElement(By.linkText("LEAD Burien")).click();
        assertEquals("LEAD Burien", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("a.source-link")).getAttribute("href").startsWith("https://www.seattletimes.com/"));
        Browser.assertAccessible(browser, "LEAD Burien");
    }

    @Test
    void theMapIsReachableByKeyboardAndHasNoAccessibilityViolations() {
        browser.get(Http.baseUrl() + "/sites?view=map");
        Browser.assertAccessible(browser, "Directory of LEAD sites");

        String reached = null;
        for (int i = 0; i < 60 && reached == null; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if ("map-tile map-tile--3".equals(focused.getDomAttribute("class"))) {
                reached = focused.getDomAttribute("aria-label");
            }
        }
        assertEquals("Washington: 3 sites", reached, "the first state tile with three sites, in reading order");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        Browser.await(browser).until(ExpectedConditions.urlContains("state=WA"));
        assertEquals("3 sites in 1 state", browser.findElement(By.id("summary")).getText());
    }
}
