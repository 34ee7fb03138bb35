package org.leadbureau.portal.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A page driven by the keyboard alone, as by someone who uses no mouse: keys go to whatever has focus, never to an
 * element picked by the test. Moving focus checks on the way that every element it lands on shows that it has focus
 * (its outline or shadow changes), and fails with the elements it went through when it does not arrive: a trap or a
 * wrong order shows in that list.
 */
final class Keyboard {

    /** Tab presses after which an element counts as unreachable (the longest page passes a calendar's events). */
    private static final int MOST_PRESSES = 120;

    /** Describes the focused element in the list of visited ones: tag, id, role and the start of its text. */
    private static final String DESCRIBE = "const e = document.activeElement; if (!e || e === document.body) return 'body';"
            + " const text = (e.getAttribute('aria-label') || e.innerText || e.value || '').trim().replace(/\\s+/g, ' ');"
            + " return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('role') ? '[' + e.getAttribute('role') + ']' : '')"
            + " + (text ? ' \"' + text.substring(0, 30) + '\"' : '');";

    /**
     * How an element looks, as far as a focus indicator goes: outline, shadow and border of what shows it and of its
     * parts. A PrimeFaces widget takes focus in a visually hidden input and shows it on the widget around it.
     */
    private static final String LOOK = "const e = arguments[0];"
            + " const proxy = e.closest('.ui-helper-hidden-accessible');"
            + " const shown = proxy ? proxy.parentElement : e;"
            + " const r = shown.getBoundingClientRect();"
            + " if (r.width < 2 || r.height < 2 || getComputedStyle(shown).visibility === 'hidden') return null;"
            + " return [shown, ...shown.querySelectorAll('*')].slice(0, 40).map(p => { const s = getComputedStyle(p);"
            + "   return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor].join(' '); }).join('|');";

    /**
     * The strongest contrast against white of the colours that draw the focused element's ring (outline or shadow,
     * on it or its parts): WCAG 1.4.11 asks 3:1 of what shows a state.
     */
    private static final String RING_CONTRAST = "const e = arguments[0];"
            + " const proxy = e.closest('.ui-helper-hidden-accessible'); const shown = proxy ? proxy.parentElement : e;"
            + " const luminance = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(x => { x = x / 255;"
            + "   return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
            + "   return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };"
            + " let best = 1;"
            + " for (const p of [shown, ...shown.querySelectorAll('*')].slice(0, 40)) { const s = getComputedStyle(p);"
            + "   const colours = s.boxShadow.match(/rgba?\\([^)]*\\)/g) || [];"
            + "   if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) colours.push(s.outlineColor);"
            + "   for (const c of colours) { const parts = c.match(/[\\d.]+/g); if (parts.length > 3 && parseFloat(parts[3]) < 1) continue;"
            + "     best = Math.max(best, 1.05 / (luminance(c) + 0.05)); } }"
            + " return best;";

    private final WebDriver driver;
    /** The element that had focus last and how it looked then: checked again once focus has left it. */
    private WebElement lastFocused;
    private String lastLook;
    private String lastDescription;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    /** No transitions (the portal follows the reduced-motion preference): a focus ring is drawn at once. */
    static void withoutMotion(WebDriver driver, boolean reduce) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                reduce ? List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce")) : List.of()));
    }

    /** Presses Tab until the element {@code target} finds has focus, and answers it. */
    WebElement tabTo(By target) {
        return moveTo(target, null);
    }

    /** Presses Shift+Tab until the element {@code target} finds has focus, and answers it. */
    WebElement shiftTabTo(By target) {
        return moveTo(target, Keys.SHIFT);
    }

    /** Presses Tab once and answers what has focus then. */
    WebElement tab() {
        press(Keys.TAB);
        return arrived();
    }

    /** Presses Shift+Tab once and answers what has focus then. */
    WebElement shiftTab() {
        hold(Keys.SHIFT, Keys.TAB);
        return arrived();
    }

    /** Keys and text sent to whatever has focus. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses {@code key} while holding {@code modifier} down (sending both as text would press one after the other). */
    void hold(Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    /** Replaces the text of the focused field, as Ctrl+A then typing does. */
    void retype(String text) {
        hold(Keys.CONTROL, "a");
        press(text);
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** The focused element, described as in the list of visited ones. */
    String describeFocused() {
        return String.valueOf(script(DESCRIBE));
    }

    /** Forgets the last focused element: the page was replaced (a form was sent). */
    void newPage() {
        lastFocused = null;
    }

    /** Asserts that the element {@code target} finds has focus now. */
    void assertFocusOn(By target) {
        assertTrue(hasFocus(target), "focus should be on " + target + ", is on " + describeFocused());
    }

    /** Tab until {@code target} has focus, with Shift held down when {@code modifier} is Shift. */
    private WebElement moveTo(By target, Keys modifier) {
        List<String> visited = new ArrayList<>();
        for (int presses = 0; presses < MOST_PRESSES; presses++) {
            if (modifier == null) {
                tab();
            } else {
                hold(modifier, Keys.TAB);
                arrived();
            }
            String now = describeFocused();
            visited.add(now);
            if (hasFocus(target)) {
                return focused();
            }
            int seen = visited.size();
            if (seen >= 4 && visited.subList(seen - 4, seen).stream().distinct().count() == 1) {
                fail("Focus is trapped at " + now + " on the way to " + target + "; went through: " + visited);
            }
        }
        return fail("Not reached with " + MOST_PRESSES + " presses: " + target + "; went through: " + visited);
    }

    private boolean hasFocus(By target) {
        WebElement now = focused();
        return driver.findElements(target).stream().anyMatch(now::equals);
    }

    /**
     * Checks the element focus left: it must look different now than while it had focus. Then remembers the one
     * that has focus now, which must be visible.
     */
    private WebElement arrived() {
        WebElement now = focused();
        if (lastFocused != null && !lastFocused.equals(now)) {
            try {
                Object unfocused = script(LOOK, lastFocused);
                if (unfocused != null) {
                    assertTrue(!unfocused.equals(lastLook), "No visible focus indicator on " + lastDescription);
                }
            } catch (StaleElementReferenceException replaced) {
                // An ajax update replaced it: nothing left to compare.
            }
        }
        String description = describeFocused();
        Object look = script(LOOK, now);
        if (!"body".equals(description)) {
            assertTrue(look != null, "Focus is on something invisible: " + description);
            double contrast = ((Number) script(RING_CONTRAST, now)).doubleValue();
            assertTrue(contrast >= 3, "The focus ring of " + description + " is too faint: " + contrast + ":1 against white");
        }
        lastFocused = now;
        lastLook = look == null ? null : look.toString();
        lastDescription = description;
        return now;
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }
}
