package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.TestTrainings;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public pages on a phone (390 × 844): nothing scrolls sideways, the sites table becomes cards, the trainings
 * calendar becomes an agenda, and after sending a form the page brings its outcome into view.
 */
class PhoneLayoutIT extends BrowserJourney {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/about/what-is-lead", "/sites", "/sites?view=map",
            "/sites/santa-fe-lead", "/library", "/library/officer-field-guide", "/search?q=diversion", "/search?q=zzqqxxy",
            "/trainings", "/contact", "/login", "/forgot-password");
    /** A published training, for its page and the calendar (the seeded ones are demo content, absent on MariaDB). */
    private static String training;

    private Dimension desktop;

    @BeforeEach
    void phoneSize() {
        desktop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void desktopSize() {
        browser.manage().window().setSize(desktop);
    }

    /** Each page is also scanned by axe at this size: what is hidden or rearranged on a phone must stay accessible. */
    @Test
    void noPublicPageScrollsSidewaysOrFailsAxe() {
        List<String> pages = new ArrayList<>(PUBLIC_PAGES);
        pages.add("/trainings/" + training());
        for (String path : pages) {
            assertEquals(200, Http.get(path).statusCode(), path);
            browser.get(Http.baseUrl() + path);
            waitForLoad();
            long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0, overflow, path + " is wider than the phone by " + overflow + " px: " + widest());
            Browser.assertAccessible(browser, browser.findElement(By.tagName("h1")).getText());
            Browser.assertBoxesBigEnough(browser);
        }
    }

    @Test
    void theSitesTableIsStackedCardsAndTheTrainingsCalendarAnAgenda() {
        browser.get(Http.baseUrl() + "/sites");
        waitForLoad();
        assertEquals("block", script("return getComputedStyle(document.querySelector('.site-table tbody tr')).display;"));
        Browser.assertAccessible(browser, "Directory of LEAD sites");

        // The calendar shows when a training is upcoming.
        training();
        browser.get(Http.baseUrl() + "/trainings");
        Browser.await(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-list, .fc-list-empty")));
        assertTrue(browser.findElements(By.cssSelector(".fc-daygrid")).isEmpty(), "no month grid on a phone");
    }

    @Test
    void afterSendingAFormTheOutcomeIsInView() {
        browser.get(Http.baseUrl() + "/contact");
        Browser.submit(browser, "contact:send");
        waitForLoad();
        Boolean inView = (Boolean) script("const shown = document.activeElement;"
                + " if (!shown || !shown.closest('main') || shown === document.querySelector('main')) return false;"
                + " const box = shown.getBoundingClientRect(); return box.top >= 0 && box.top < window.innerHeight;");
        assertTrue(inView, "the error summary has focus and is on screen, not " + script(
                "return document.activeElement.outerHTML.substring(0, 200);"));
    }

    private static synchronized String training() {
        if (training == null) {
            training = TestTrainings.training("Phone layout").publish();
        }
        return training;
    }

    private static void waitForLoad() {
        Browser.await(browser).until(page -> "complete".equals(script("return document.readyState;")));
    }

    /** The element that sticks out furthest, to say what to fix. */
    private static Object widest() {
        return script("let worst = null, right = document.documentElement.clientWidth;"
                + " for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect().right;"
                + " if (r > right) { right = r; worst = e; } }"
                + " return worst ? worst.tagName + '.' + worst.className + ' #' + worst.id + ' right=' + right : 'none';");
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }
}
