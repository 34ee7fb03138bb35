package org.leadbureau.portal.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A practitioner searches, narrows by a facet, opens a result and downloads it; every page passes axe-core. */
class LibraryJourneyIT extends BrowserJourney {

    private static int resultCount() {
        String status = browser.findElement(By.id("result-count")).getText();
        return Integer.parseInt(status.split(" ")[0]);
    }

    @Test
    void searchNarrowOpenAndDownload() {
        browser.get(Http.baseUrl() + "/search");
        WebElement box = browser.findElement(By.cssSelector("input[id$='q_input']"));
        box.sendKeys("case management");
        browser.findElement(By.cssSelector("button[id$='go']")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("q=case+management"));

        int all = resultCount();
        assertTrue(all > 3, "results for case management: " + all);
        assertEquals("status", browser.findElement(By.id("result-count")).getDomAttribute("role"));
        assertTrue(!browser.findElements(By.cssSelector(".result__snippet mark")).isEmpty(), "highlighted snippets");
        Browser.assertAccessible(browser, "Search the library");

        WebElement police = browser.findElement(By.xpath(
                "//section[h3='Audience']//a[span[@class='facet__label' and text()='Police']]"));
        int expected = Integer.parseInt(police.findElement(By.className("facet__count")).getText());
        police.click();
        Browser.await(browser).until(ExpectedConditions.urlContains("audience=police"));
        assertEquals(expected, resultCount());
        assertTrue(expected < all, "the facet narrowed the results");
        assertEquals("true", browser.findElement(By.cssSelector(".facet__value.is-selected")).getDomAttribute("aria-current"));

        WebElement first = browser.findElement(By.cssSelector(".result__title a"));
        String title = first.getText();
        first.click();
        assertEquals(title, browser.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(browser, title);

        WebElement download = browser.findElement(By.cssSelector("a[href$='/file']"));
        var file = Http.getBytes(download.getDomAttribute("href"));
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(file.body().length > 0);
    }

    @Test
    void theLibraryAndASearchWithASuggestionHaveNoAccessibilityViolations() {
        browser.get(Http.baseUrl() + "/library");
        assertTrue(resultCount() >= 20);
        Browser.assertAccessible(browser, "Resource library");

        browser.get(Http.baseUrl() + "/library?topic=harm-reduction&year=2023");
        Browser.assertAccessible(browser, "Resource library");

        browser.get(Http.baseUrl() + "/search?q=prosecuter");
        assertTrue(browser.findElement(By.className("suggestion")).getText().contains("prosecutor"));
        Browser.assertAccessible(browser, "Search the library");
    }

    @Test
    void theLibraryHasItsOwnSearchBoxAndASearchWithoutResultsShowsWaysOn() {
        browser.get(Http.baseUrl() + "/library?topic=harm-reduction");
        browser.findElement(By.id("library-q")).sendKeys("zzqqxxy housing");
        browser.findElement(By.cssSelector("#library-search button")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("/search?"));
        assertTrue(browser.getCurrentUrl().contains("topic=harm-reduction"), "the chosen topic travels with the words");
        assertEquals(0, resultCount());

        assertTrue(browser.findElements(By.className("facets")).isEmpty(), "no empty facet panel");
        String advice = browser.findElement(By.className("no-results")).getText();
        assertTrue(advice.contains("search all of the library"), advice);
        browser.findElement(By.linkText("housing"));
        assertTrue(browser.findElements(By.cssSelector(".topic-list a[href^='/library?topic=']")).size() > 3, "topics to browse");
        Browser.assertAccessible(browser, "Search the library");

        browser.findElement(By.id("unfiltered")).click();
        Browser.await(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("topic=")));
    }
}
