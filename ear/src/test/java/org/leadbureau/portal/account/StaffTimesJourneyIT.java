package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator in New York chooses their time zone on their account; the audit log, outbox and accounts pages
 * then say every time in words in that zone, the audit log's actions in words, filterable by area.
 */
class StaffTimesJourneyIT extends BrowserJourney {

    /** An ISO date-time as the pages used to show it (2026-12-01T10:03:43.123Z, 2026-12-01 10:03 UTC). */
    private static final Pattern RAW_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}");

    private static final Account EASTERN = new Account("eastern@leadbureau.test", "an eastern admin's test password");

    @BeforeAll
    static void signIn() {
        StaffAccounts.ensure(EASTERN, "Eastern Admin", "ADMIN");
        Browser.signIn(browser, EASTERN);
    }

    @Test
    void timesAreInWordsInTheZoneChosenOnTheAccount() {
        browser.get(Http.baseUrl() + "/staff/account");
        Browser.choose(browser, "zone:timeZone", "America/New_York");
        Browser.submit(browser, "zone:saveZone");
        assertTrue(main().contains("Times are now shown in Eastern Time (America/New_York)."), main());
        Browser.assertAccessible(browser, "Your account");

        browser.get(Http.baseUrl() + "/staff/admin/audit");
        Browser.assertAccessible(browser, "Audit log");
        String audit = main();
        assertTrue(audit.contains("Times are in Eastern Time (America/New_York)"), audit);
        assertTrue(Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2} [AP]M E[SD]T")
                .matcher(audit).find(), "times in words in the chosen zone: " + audit);
        // The table alone: the action menu's options name every action in words too.
        assertTrue(events().contains("Signed in"), "actions in words");
        assertFalse(audit.contains("SIGN_IN"), "no enum names");
        assertFalse(RAW_TIME.matcher(audit).find(), "no raw ISO times: " + around(audit));

        Browser.choose(browser, "audit:area", "Trainings");
        Browser.submit(browser, "audit:apply");
        assertFalse(events().contains("Signed in"), "the area filter leaves sign-ins out: " + events());

        for (String[] page : new String[][] {{"/staff/admin/outbox", "Outbox"}, {"/staff/admin/users", "Staff accounts"}}) {
            browser.get(Http.baseUrl() + page[0]);
            Browser.assertAccessible(browser, page[1]);
            Browser.assertBoxesBigEnough(browser);
            // Recipients, addresses and times are shown whole: no cell cuts its text off.
            Object clipped = ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll('main td')]"
                    + ".filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.trim()).join(' | ');");
            assertEquals("", clipped, page[0] + " cuts off");
            assertFalse(RAW_TIME.matcher(main()).find(), page[0] + " shows no raw ISO times: " + around(main()));
        }

        // A destructive button looks different from the others (dark red outline), asks first; "No" changes nothing.
        WebElement deactivate = browser.findElement(By.cssSelector("button[aria-label='Deactivate " + EASTERN.email() + "']"));
        WebElement create = browser.findElement(By.id("create:createAccount"));
        assertEquals("#a4161a", Color.fromString(deactivate.getCssValue("color")).asHex());
        assertFalse(deactivate.getCssValue("background-color").equals(create.getCssValue("background-color")),
                "not like the other buttons");
        deactivate.click();
        Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(browser.findElement(By.cssSelector(".ui-confirm-dialog")).getText().contains("Deactivate " + EASTERN.email() + "?"));
        browser.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
        Browser.await(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        browser.get(Http.baseUrl() + "/staff/admin/users");
        assertTrue(main().contains("Eastern Admin"), "still listed");
        assertFalse(browser.findElements(By.cssSelector("button[aria-label='Deactivate " + EASTERN.email() + "']")).isEmpty(),
                "still active");
    }

    /** The line with the first raw time, to say what to fix. */
    private static String around(String text) {
        var raw = RAW_TIME.matcher(text);
        return raw.find() ? text.substring(Math.max(0, text.lastIndexOf('\n', raw.start()) + 1),
                Math.max(raw.end(), text.indexOf('\n', raw.end()) < 0 ? text.length() : text.indexOf('\n', raw.end()))) : "";
    }

    private static String events() {
        return browser.findElement(By.id("audit:events")).getText();
    }

    private static String main() {
        return browser.findElement(By.id("main")).getText();
    }
}
