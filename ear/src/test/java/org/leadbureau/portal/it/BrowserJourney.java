package org.leadbureau.portal.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** What every browser journey starts from: the portal deployed, and the run's headless browser as a new visitor. */
@SharedPortal
@ExtendWith(SharedBrowser.class)
public abstract class BrowserJourney {

    protected static WebDriver browser;

    @BeforeAll
    static void takeBrowser() {
        browser = SharedBrowser.driver();
    }
}
