package org.leadbureau.portal.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

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
}
