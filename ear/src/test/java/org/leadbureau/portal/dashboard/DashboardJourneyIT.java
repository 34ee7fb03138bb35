package org.leadbureau.portal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A STAFF member opens the dashboard from their home page: the charts draw under the portal's Content-Security-Policy
 * (no violation), each beside its table, and the page passes axe; choosing other days shows their months.
 */
class DashboardJourneyIT extends BrowserJourney {

    @Test
    void staffReadTheChartsAndTheirTables() {
        Browser.signIn(browser, StaffAccounts.staff());
        Browser.assertNoCspViolations(browser, () -> {
            browser.get(Http.baseUrl() + "/staff");
            browser.findElement(By.linkText("Dashboard")).click();
            Browser.assertAccessible(browser, "Dashboard");

            // The inquiries' chart: a canvas Chart.js drew on, and the table beside it with the last twelve months.
            WebElement canvas = browser.findElement(By.cssSelector("#figure-inquiries ~ .figure__body canvas"));
            Browser.await(browser).until(page -> Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(
                    "return window.Chart !== undefined && Chart.getChart(arguments[0]) !== undefined"
                            + " && arguments[0].width > 0;", canvas)));
            assertEquals("img", canvas.getAttribute("role"));
            List<WebElement> months = browser.findElements(By.cssSelector("#table-inquiries tbody tr"));
            assertEquals(12, months.size());
            YearMonth thisMonth = YearMonth.now(ZoneId.of("America/Los_Angeles"));
            assertEquals(thisMonth.toString(), months.get(11).findElement(By.tagName("th")).getText());
            assertTrue(browser.findElements(By.cssSelector(".figure canvas")).size() >= 6, "a chart for every table");
            assertTrue(browser.findElement(By.linkText("Download “Inquiries per month by stage” as CSV")).getAttribute("href")
                    .contains("/api/staff/dashboard/inquiries.csv?from="));

            // Three months of last year instead.
            int year = LocalDate.now().getYear() - 1;
            type("period:from_input", year + "-02-01");
            type("period:to_input", year + "-04-30");
            Browser.submit(browser, "period:show");
            Browser.await(browser).until(page -> page.getCurrentUrl().contains("from=" + year + "-02-01"));
            assertEquals(List.of(year + "-02", year + "-03", year + "-04"), browser.findElements(
                    By.cssSelector("#table-visits tbody th")).stream().map(WebElement::getText).toList());
            Browser.assertAccessible(browser, "Dashboard");
        });
    }

    private static void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
        // The picker's calendar opened over the form: Escape closes it, as a keyboard user would.
        input.sendKeys(Keys.ESCAPE);
        Browser.await(browser).until(page -> page.findElements(By.cssSelector(".ui-datepicker-panel")).stream()
                .noneMatch(WebElement::isDisplayed));
    }
}
