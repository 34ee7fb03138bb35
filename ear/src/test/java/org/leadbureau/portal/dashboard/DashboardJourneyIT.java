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
import org.openqa.selenium.WebElement;

/**
 * A STAFF member opens the dashboard from their home page: the charts draw under the portal's Content-Security-Policy
 * (no violation), each beside its table, and the page passes axe; another period's address shows its months.
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
            List<WebElement> lastTwelve = browser.findElements(By.cssSelector("#table-inquiries tbody tr"));
            assertEquals(12, lastTwelve.size());
            YearMonth thisMonth = YearMonth.now(ZoneId.of("America/Los_Angeles"));
            assertEquals(thisMonth.toString(), lastTwelve.get(11).findElement(By.tagName("th")).getText());
            assertTrue(browser.findElements(By.cssSelector(".figure canvas")).size() >= 6, "a chart for every table");
            assertTrue(browser.findElement(By.linkText("Download “Inquiries per month by stage” as CSV")).getAttribute("href")
                    .contains("/api/staff/dashboard/inquiries.csv?from="));

            // Three months of last year instead, at the period's own address (what the pickers' Show leads to).
            int year = LocalDate.now().getYear() - 1;
            browser.get(Http.baseUrl() + "/staff/dashboard?from=" + year + "-02-01&to=" + year + "-04-30");
            assertEquals(year + "-02-01", browser.findElement(By.id("period:from_input")).getAttribute("value"));
            assertEquals(List.of(year + "-02", year + "-03", year + "-04"), browser.findElements(
                    By.cssSelector("#table-visits tbody th")).stream().map(WebElement::getText).toList());
            Browser.assertAccessible(browser, "Dashboard");
        });
    }
}
