package org.leadbureau.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every browser journey starts from: the portal deployed, and one headless browser for the test class. */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserJourney {

    protected static WebDriver browser;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return PortalDeployment.ear();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Clicks a button that submits its form, and waits for the page that answers. */
    protected static void submit(String id) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        WebElement button = null;
        // The previous page may still be replacing itself: find the button on the settled page.
        for (int attempt = 1; button == null; attempt++) {
            wait.until(page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
            try {
                WebElement candidate = browser.findElement(By.id(id));
                candidate.click();
                button = candidate;
            } catch (org.openqa.selenium.WebDriverException gone) {
                if (attempt == 3 || gone instanceof org.openqa.selenium.TimeoutException) {
                    throw gone;
                }
            }
        }
        WebElement submitted = button;
        // Chromium reports a replaced page either as a stale element or as a node "not in the document".
        wait.until(page -> {
            try {
                submitted.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

}
