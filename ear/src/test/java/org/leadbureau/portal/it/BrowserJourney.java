package org.leadbureau.portal.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

/** What every browser journey starts from: the portal deployed, and one headless browser for the test class. */
@SharedPortal
public abstract class BrowserJourney {

    protected static WebDriver browser;

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
}
