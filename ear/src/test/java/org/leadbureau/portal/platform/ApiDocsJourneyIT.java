package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.StaffAccounts;
import org.openqa.selenium.By;

/**
 * A developer reads the API's documentation at /api-docs: Swagger UI, served by the portal, renders /openapi under
 * the portal's Content-Security-Policy without a single violation; staff find it from their home page.
 */
class ApiDocsJourneyIT extends BrowserJourney {

    @Test
    void swaggerUiRendersEveryOperationUnderTheCsp() {
        Browser.assertNoCspViolations(browser, () -> {
            browser.get(Http.baseUrl() + "/api-docs");
            // Rendered from the document: the sites operation and the tags' sections.
            Browser.await(browser, Duration.ofSeconds(20)).until(page -> !page.findElements(
                    By.cssSelector(".opblock-summary-path[data-path='/api/sites']")).isEmpty());
            assertTrue(browser.findElements(By.cssSelector(".opblock")).size() > 30, "every operation is listed");
            assertTrue(browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText().contains("LEAD Bureau Portal API"));
        });
        assertTrue(String.join(" ", Http.get("/api-docs").headers().allValues("Content-Security-Policy"))
                .matches(".*script-src 'self' 'nonce-[^']+'.*"), "the page has the portal's script policy");
    }

    @Test
    void thePageIsAccessibleOutsideSwaggerUi() {
        browser.get(Http.baseUrl() + "/api-docs");
        Browser.await(browser, Duration.ofSeconds(20)).until(page -> !page.findElements(By.cssSelector(".opblock")).isEmpty());
        // Swagger UI's own markup is a third party's: reported (see the report in the test output), not failed.
        Browser.reportViolations(browser, "#swagger-ui");
        Browser.assertAccessible(browser, "API documentation", "#swagger-ui");
    }

    @Test
    void staffFindItFromTheirHomePage() {
        Browser.signIn(browser, StaffAccounts.staff());
        browser.get(Http.baseUrl() + "/staff");
        browser.findElement(By.linkText("API documentation")).click();
        Browser.await(browser).until(page -> page.getCurrentUrl().endsWith("/api-docs"));
        assertEquals("API documentation", browser.findElement(By.tagName("h1")).getText());
    }
}
