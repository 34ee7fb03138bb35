package org.leadbureau.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser journeys: the system's chromium and chromedriver when installed (CI installs
 * Debian's), otherwise whatever Selenium Manager provides, so the suite also runs on a user's machine.
 */
public final class Browser {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SYSTEM_DRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** How often waits look again: WebDriverWait's own half second, after every click, added up across the suite. */
    private static final Duration POLL = Duration.ofMillis(50);

    /** Chromium's words for an element of a page that is being replaced. */
    private static final String NOT_IN_DOCUMENT = "does not belong to the document";

    static final int WIDTH = 1280;
    static final int HEIGHT = 1024;

    private Browser() {
    }

    public static WebDriver start() {
        var options = new ChromeOptions();
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + WIDTH + "," + HEIGHT, "--lang=en-US");
        ChromeDriverService service;
        if (Files.isExecutable(SYSTEM_CHROMIUM) && Files.isExecutable(SYSTEM_DRIVER)) {
            options.setBinary(SYSTEM_CHROMIUM.toFile());
            service = new ChromeDriverService.Builder().usingDriverExecutable(new File(SYSTEM_DRIVER.toString())).build();
        } else {
            service = ChromeDriverService.createDefaultService();
        }
        // The console log (LogType.BROWSER), where a page's Content-Security-Policy violations show.
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Records every CSP violation of the pages that load after it, before any of their scripts run. */
    private static final String RECORD_VIOLATIONS = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });";

    /**
     * Runs {@code journey} (which loads pages) and fails when the page it ends on recorded a Content-Security-Policy
     * violation, or the console reported one meanwhile.
     */
    public static void assertNoCspViolations(WebDriver driver, Runnable journey) {
        ChromeDriver chrome = (ChromeDriver) driver;
        Object recorder = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORD_VIOLATIONS)).get("identifier");
        driver.manage().logs().get(LogType.BROWSER);
        try {
            journey.run();
            assertEquals(List.of(), ((JavascriptExecutor) driver).executeScript("return window.cspViolations;"),
                    "CSP violations");
            List<String> cspMessages = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage).filter(message -> message.contains("Content Security Policy")).toList();
            assertEquals(List.of(), cspMessages, "CSP messages in the console");
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
        }
    }

    /** A wait of at most ten seconds that looks every 50 ms. */
    public static WebDriverWait await(WebDriver driver) {
        return await(driver, Duration.ofSeconds(10));
    }

    /** A wait of at most {@code timeout} that looks every 50 ms. */
    public static WebDriverWait await(WebDriver driver, Duration timeout) {
        return new PageWait(driver, timeout);
    }

    /**
     * A wait that looks again when the page it looks at is being replaced. While a form post's answer loads,
     * chromedriver can resolve an element of the old page and report "Node with given id does not belong to the
     * document" as an unknown error rather than a stale element; a plain wait would end on it at once.
     */
    private static final class PageWait extends WebDriverWait {

        PageWait(WebDriver driver, Duration timeout) {
            super(driver, timeout, POLL);
        }

        @Override
        public <V> V until(Function<? super WebDriver, ? extends V> condition) {
            return super.until(page -> {
                try {
                    return condition.apply(page);
                } catch (WebDriverException e) {
                    if (String.valueOf(e.getMessage()).contains(NOT_IN_DOCUMENT)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
    }

    /**
     * Picks an option of a PrimeFaces select menu ({@code p:selectOneMenu}) the way a mouse user does, and waits
     * until the menu shows it (a click that lands while the panel still animates is tried again).
     */
    public static void choose(WebDriver driver, String menuId, String label) {
        By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        By shown = By.id(menuId + "_label");
        By panel = By.id(menuId + "_panel");
        for (int attempt = 0; attempt < 5 && !label.equals(driver.findElement(shown).getText()); attempt++) {
            if (!driver.findElement(panel).isDisplayed()) {
                driver.findElement(By.id(menuId)).click();
            }
            WebElement item = await(driver, Duration.ofSeconds(5))
                    .until(ExpectedConditions.elementToBeClickable(option));
            waitUntilStill(driver, driver.findElement(panel));
            try {
                item.click();
                await(driver, Duration.ofSeconds(2)).until(ExpectedConditions.textToBe(shown, label));
            } catch (TimeoutException | ElementClickInterceptedException e) {
                // The panel was still opening or moving: tried again.
            }
        }
        if (!label.equals(driver.findElement(shown).getText())) {
            fail("Could not choose '" + label + "' in " + menuId);
        }
    }

    /** Waits until an element (an opening menu panel) has stopped moving, so that a click lands where it aims. */
    private static void waitUntilStill(WebDriver driver, WebElement element) {
        await(driver, Duration.ofSeconds(5)).until(page -> {
            Object before = ((JavascriptExecutor) page).executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join();", element);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Object after = ((JavascriptExecutor) page).executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join();", element);
            return before.equals(after);
        });
    }

    /** Clicks the button with this id, which submits its form, and waits for the page that answers. */
    public static void submit(WebDriver driver, String id) {
        submit(driver, By.id(id));
    }

    /** Clicks a button that submits its form (a whole-page POST), and waits for the page that answers. */
    public static void submit(WebDriver driver, By locator) {
        WebDriverWait wait = await(driver);
        WebElement button = null;
        // The previous page may still be replacing itself: find the button on the settled page.
        for (int attempt = 1; button == null; attempt++) {
            wait.until(page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
            try {
                WebElement candidate = driver.findElement(locator);
                candidate.click();
                button = candidate;
            } catch (WebDriverException gone) {
                if (attempt == 3 || gone instanceof TimeoutException) {
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
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * Asserts that the field refused with {@code message} says so to assistive technology: aria-invalid, and the
     * message both in a live region (or an alert) and named by the field's aria-describedby.
     */
    public static void assertErrorLinked(WebDriver driver, By field, String message) {
        await(driver).withMessage(() -> "the error for " + field + " should be linked: "
                        + ((JavascriptExecutor) driver).executeScript(LINKED_ERRORS, driver.findElement(field)))
                .until(page -> String.valueOf(((JavascriptExecutor) page).executeScript(LINKED_ERRORS,
                        page.findElement(field))).contains("[live] " + message));
        assertEquals("true", driver.findElement(field).getAttribute("aria-invalid"), "aria-invalid on " + field);
    }

    /** The texts the field's aria-describedby names, each marked live when inside a live region or an alert. */
    private static final String LINKED_ERRORS = "const ids = (arguments[0].getAttribute('aria-describedby') || '').split(/\\s+/);"
            + " return ids.filter(id => document.getElementById(id)).map(id => { const d = document.getElementById(id);"
            + "   const live = d.closest('[aria-live]:not([aria-live=off]), [role=alert], [role=status]');"
            + "   return (live ? '[live] ' : '[silent] ') + d.textContent.trim(); }).join(' | ');";

    /**
     * What the page announces to screen readers: the text of its live regions (role status or alert, or an
     * aria-live other than off). Feedback after an action belongs there, not just anywhere on the page.
     */
    public static String announced(WebDriver driver) {
        return driver.findElements(By.cssSelector("[role=status], [role=alert], [aria-live]:not([aria-live=off])")).stream()
                .map(WebElement::getText).collect(Collectors.joining("\n"));
    }

    /** Fails when a visible checkbox or radio button of the page is smaller than 24 × 24 px to tap (WCAG 2.5.8). */
    public static void assertBoxesBigEnough(WebDriver driver) {
        Object small = ((JavascriptExecutor) driver).executeScript("const small = [];"
                + " for (const box of document.querySelectorAll('main input[type=checkbox], main input[type=radio], .ui-chkbox-box, .ui-radiobutton-box')) {"
                + "   if (box.closest('.ui-helper-hidden-accessible, .hp-field')) continue;"
                + "   const r = box.getBoundingClientRect(); if (r.width === 0 && r.height === 0) continue;"
                + "   if (r.width < 23.5 || r.height < 23.5) small.push((box.id || box.name || box.className) + ' ' + r.width + '×' + r.height);"
                + " } return small.join(', ');");
        if (!String.valueOf(small).isEmpty()) {
            fail("Boxes smaller than 24 × 24 px on " + driver.getCurrentUrl() + ": " + small);
        }
    }

    /** Signs in through the sign-in page, as a person would. */
    public static void signIn(WebDriver driver, StaffAccounts.Account account) {
        driver.get(Http.baseUrl() + "/login");
        driver.findElement(org.openqa.selenium.By.id("login:email")).sendKeys(account.email());
        driver.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(account.password());
        driver.findElement(org.openqa.selenium.By.id("login:signIn")).click();
        await(driver).until(page -> !page.getCurrentUrl().contains("/login"));
    }

    /**
     * Runs axe-core on the current page once it is the page meant (this main heading: an error page or the sign-in
     * page would pass the scan for the wrong page), and fails with every WCAG 2.1 A/AA violation it finds.
     */
    public static void assertAccessible(WebDriver driver, String heading) {
        assertAccessible(driver, heading, new String[0]);
    }

    /**
     * The same, leaving out the parts these CSS selectors name: a third party's markup the portal does not write
     * (Swagger UI on /api-docs), scanned by {@link #reportViolations} instead.
     */
    public static void assertAccessible(WebDriver driver, String heading, String... excluded) {
        try {
            await(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
        } catch (TimeoutException e) {
            fail("Not the page meant: " + driver.getCurrentUrl() + " shows '"
                    + driver.findElements(By.tagName("h1")).stream().map(WebElement::getText).findFirst().orElse("no heading")
                    + "', not '" + heading + "'");
        }
        String violations = violations(driver, excluded);
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + violations);
        }
    }

    /**
     * The WCAG 2.1 A/AA violations axe-core finds on the current page outside the parts these CSS selectors name,
     * one line per rule; empty when there are none.
     */
    public static String violations(WebDriver driver, String... excluded) {
        // Only the violations are collected (not every node that passes), which makes a scan of a long page quicker.
        AxeRunOnlyOptions wcag = new AxeRunOnlyOptions();
        wcag.setType("tag");
        wcag.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(wcag);
        options.setResultTypes(List.of("violations"));
        // Legacy mode runs axe in the page itself: the newer mode opens and closes a blank window for every scan.
        AxeBuilder axe = new AxeBuilder().withOptions(options).setLegacyMode();
        for (String part : excluded) {
            axe.exclude(part);
        }
        List<Rule> violations = axe.analyze(driver).getViolations();
        return violations.isEmpty() ? "" : describe(violations);
    }

    /** Prints the WCAG 2.1 A/AA violations inside one part of the page (a third party's) without failing. */
    public static void reportViolations(WebDriver driver, String part) {
        List<Rule> violations = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode().include(part).analyze(driver)
                .getViolations();
        System.out.println("Accessibility violations inside " + part + " on " + driver.getCurrentUrl() + ":\n"
                + (violations.isEmpty() ? "none" : describe(violations)));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
