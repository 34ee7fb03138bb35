package org.leadbureau.portal.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.a11y.PortalPages.Scan;
import org.leadbureau.portal.a11y.PortalPages.Who;
import org.leadbureau.portal.it.BrowserJourney;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Reflow (WCAG 1.4.10): every public page, in English and in Spanish, reads without scrolling sideways 320 CSS px
 * wide (a phone, emulated through the browser's device metrics rather than the window size) and at 200% zoom of a
 * 1280 px window (640 CSS px at a device scale of 2).
 */
class ReflowIT extends BrowserJourney {

    private static final Map<String, Object> PHONE = Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true);
    private static final Map<String, Object> ZOOMED = Map.of("width", 640, "height", 512, "deviceScaleFactor", 2, "mobile", false);

    @AfterEach
    void normalSize() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void noPublicPageScrollsSidewaysAt320PxOrAt200PercentZoom() {
        List<Scan> scans = PortalPages.all();
        PortalPages.lookAs(browser, Who.VISITOR);
        List<String> failures = new ArrayList<>();
        for (Scan scan : scans) {
            if (scan.who() != Who.VISITOR) {
                continue;
            }
            for (String address : scan.addresses()) {
                // The page loads as on a phone (its scripts choose their phone layout), then is zoomed instead.
                emulate(PHONE);
                String wrongPage = scan.open(browser, address);
                if (wrongPage != null) {
                    failures.add(scan.describe(address) + ": " + wrongPage);
                    continue;
                }
                overflow(320).ifPresent(wider -> failures.add(scan.describe(address) + " at 320 px: " + wider));
                emulate(ZOOMED);
                overflow(640).ifPresent(wider -> failures.add(scan.describe(address) + " at 200%: " + wider));
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " pages scroll sideways:\n" + String.join("\n", failures));
        }
    }

    private static void emulate(Map<String, Object> metrics) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
    }

    /**
     * How far the page is wider than the screen, and the element that sticks out furthest; empty when it is not.
     * The window must be {@code width} CSS px wide, its scroll bar included (the emulation took).
     */
    private static Optional<String> overflow(int width) {
        assertEquals(width, ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).intValue(),
                "the emulated width");
        Object wider = ((JavascriptExecutor) browser).executeScript("const root = document.documentElement;"
                + " if (root.scrollWidth <= root.clientWidth) return null;"
                + " let worst = null, right = root.clientWidth;"
                + " for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect().right;"
                + "   if (r > right) { right = r; worst = e; } }"
                + " return (root.scrollWidth - root.clientWidth) + ' px wider than ' + root.clientWidth + ' px, by '"
                + "   + (worst ? worst.tagName + '.' + worst.className + ' #' + worst.id : 'none');");
        return Optional.ofNullable((String) wider);
    }
}
