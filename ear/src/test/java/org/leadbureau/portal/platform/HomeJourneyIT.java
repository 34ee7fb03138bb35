package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Http;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** A visitor arrives on the home page with a keyboard and a screen reader, and finds their way. */
class HomeJourneyIT extends BrowserJourney {

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesFocusToTheMainContent() {
        browser.get(Http.baseUrl() + "/");

        tab();
        WebElement skipLink = browser.switchTo().activeElement();
        assertEquals("Skip to main content", skipLink.getText());
        assertTrue(skipLink.isDisplayed(), "the skip link shows when focused");

        skipLink.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void everyMainNavigationEntryIsReachableByKeyboard() {
        browser.get(Http.baseUrl() + "/");
        List<String> expected = browser.findElements(By.cssSelector("nav[aria-label='Main'] a")).stream()
                .map(link -> link.getDomAttribute("href"))
                .toList();
        assertEquals(List.of("/", "/sites", "/library", "/search", "/trainings", "/contact", "/login"), expected);

        Set<String> reached = new HashSet<>();
        for (int i = 0; i < 15 && !reached.containsAll(expected); i++) {
            tab();
            WebElement focused = browser.switchTo().activeElement();
            if (focused.findElements(By.xpath("ancestor::nav[@aria-label='Main']")).size() == 1) {
                reached.add(focused.getDomAttribute("href"));
            }
        }
        assertTrue(reached.containsAll(expected), "reached by Tab: " + reached);
    }

    @Test
    void homeAboutAndNotFoundPagesHaveNoAccessibilityViolations() {
        Map<String, String> headings = Map.of("/", "LEAD National Support Bureau", "/about", "About LEAD",
                "/about/what-is-lead", "What is LEAD", "/no-such-page", "We could not find that page");
        for (Map.Entry<String, String> page : headings.entrySet()) {
            browser.get(Http.baseUrl() + page.getKey());
            Browser.assertAccessible(browser, page.getValue());
        }
    }

    @Test
    void theLanguageSwitcherIsReachedByKeyboardAndShowsTheHomePageInSpanishAndBack() {
        browser.get(Http.baseUrl() + "/");
        try {
            WebElement toSpanish = tabTo(By.cssSelector("a.language-switch"));
            assertEquals("Español", toSpanish.getText());
            assertEquals("es", toSpanish.getDomAttribute("lang"), "the link is marked as Spanish");
            toSpanish.sendKeys(Keys.ENTER);
            Browser.assertAccessible(browser, "Oficina Nacional de Apoyo a LEAD");
            assertEquals("es", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
            assertTrue(browser.getCurrentUrl().endsWith("/?lang=es"), "an address to bookmark: " + browser.getCurrentUrl());

            tabTo(By.cssSelector("a.language-switch")).sendKeys(Keys.ENTER);
            Browser.await(browser).ignoring(StaleElementReferenceException.class)
                    .until(page -> "en".equals(page.findElement(By.tagName("html")).getDomAttribute("lang")));
            assertEquals("LEAD National Support Bureau", browser.findElement(By.tagName("h1")).getText());
            assertEquals("Español", browser.findElement(By.cssSelector("a.language-switch")).getText());
        } finally {
            browser.manage().deleteCookieNamed("lang");
        }
    }

    @Test
    void onAPhoneTheNavigationStaysVisibleWithoutSideways() {
        var normal = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
            browser.get(Http.baseUrl() + "/");
            Number scrollWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth");
            Number clientWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.clientWidth");
            assertTrue(scrollWidth.intValue() <= clientWidth.intValue(), "no horizontal scrolling on a phone");
            assertTrue(browser.findElement(By.linkText("Contact")).isDisplayed());
        } finally {
            browser.manage().window().setSize(normal);
        }
    }

    /** Presses Tab until this element has the focus, as a keyboard user would, and returns it. */
    private WebElement tabTo(By target) {
        WebElement wanted = browser.findElement(target);
        for (int i = 0; i < 15 && !wanted.equals(browser.switchTo().activeElement()); i++) {
            tab();
        }
        assertEquals(wanted, browser.switchTo().activeElement(), "reached by Tab");
        return wanted;
    }

    private void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }
}
