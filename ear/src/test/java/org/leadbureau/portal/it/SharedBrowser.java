package org.leadbureau.portal.it;

import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless browser for every browser journey of a run (starting Chromium for each class cost seconds), quit
 * when the run ends. Each class gets it as a new visitor would: no cookies (so no session of an earlier class), a
 * blank page and the usual window size.
 */
public final class SharedBrowser implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    private static WebDriver driver;

    /** The run's browser, ready for the class that is starting. */
    public static WebDriver driver() {
        return driver;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(WebDriver.class, type -> {
            driver = Browser.start();
            return (ExtensionContext.Store.CloseableResource) SharedBrowser::quit;
        });
        // Every cookie of every site, not only the current page's.
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get("about:blank");
        driver.manage().window().setSize(new Dimension(Browser.WIDTH, Browser.HEIGHT));
    }

    private static synchronized void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
