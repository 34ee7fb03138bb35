package org.leadbureau.portal.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.BrowserJourney;
import org.leadbureau.portal.it.Http;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * prefers-reduced-motion (WCAG 2.3.3): whoever asks their system for less motion gets no transition or animation,
 * neither the theme's CSS ones nor PrimeFaces' scripted ones, also when they ask while a page is open.
 */
class ReducedMotionIT extends BrowserJourney {

    /** The elements of the page that move when something changes: their transition or animation, with a duration. */
    private static final String MOVING = "const moving = [];"
            + " for (const e of document.querySelectorAll('*')) { const s = getComputedStyle(e);"
            + "   const times = (s.transitionDuration + ',' + s.transitionDelay + ',' + s.animationDuration).split(',');"
            + "   if (times.some(t => parseFloat(t) > 0)) moving.push(e.tagName + '.' + e.className + ' ' + s.transitionDuration); }"
            + " return moving;";

    @AfterEach
    void noPreference() {
        emulate(List.of());
    }

    @Test
    void nothingMovesWhenLessMotionIsAsked() {
        browser.get(Http.baseUrl() + "/contact");
        assertNotEquals(List.of(), script(MOVING), "without the preference, the theme's buttons and fields have transitions");
        assertEquals(true, script("return PrimeFaces.animationEnabled && !jQuery.fx.off;"));

        // Asked while the page is open: PrimeFaces' animations stop at once.
        emulate(List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce")));
        Browser.await(browser).until(page -> Boolean.FALSE.equals(script("return PrimeFaces.animationEnabled;")));
        assertEquals(true, script("return jQuery.fx.off;"));
        assertEquals(List.of(), script(MOVING));

        browser.navigate().refresh();
        assertEquals(List.of(), script(MOVING));
        assertEquals(false, script("return PrimeFaces.animationEnabled || !jQuery.fx.off;"), "and on the next page");
        assertEquals("auto", script("return getComputedStyle(document.documentElement).scrollBehavior;"));
    }

    private static void emulate(List<Map<String, String>> features) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", features));
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }
}
