package org.leadbureau.portal.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void markdownIsFormattedWithHeadingsBelowThePagesOwn() {
        String html = SafeHtml.documentFromMarkdown("# Case management\n\n**Warm handoff.** Meet the person.\n\n- one\n- two\n");

        assertTrue(html.contains("<h3>Case management</h3>"), html);
        assertTrue(html.contains("<strong>Warm handoff.</strong> Meet the person."), html);
        assertTrue(html.contains("<li>one</li>"), html);
        assertFalse(html.contains("#"), html);
        assertFalse(html.contains("**"), html);
    }

    @Test
    void rawHtmlInMarkdownStaysText() {
        String html = SafeHtml.documentFromMarkdown("Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>");

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("&lt;b onclick"), html);
    }

    @Test
    void linksKeepSafeSchemesOnlyAndOpenNothingOfOurs() {
        String html = SafeHtml.documentFromMarkdown("[ok](https://example.org/a) and [bad](javascript:alert(1))");

        assertTrue(html.contains("href=\"https://example.org/a\""), html);
        assertTrue(html.contains("rel=\"noopener noreferrer\""), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void htmlDocumentsKeepTheirStructureAndLoseEverythingActive() {
        String html = SafeHtml.documentFromHtml("<html><head><style>p{}</style><script>x()</script></head><body>"
                + "<h1 style=\"color:red\">Agreement</h1><p onclick=\"x()\">Parties <em>agree</em>.</p>"
                + "<iframe src=\"https://example.org\"></iframe><img src=\"https://example.org/t.gif\">"
                + "<table><tr><th scope=\"col\">Who</th></tr><tr><td>Police</td></tr></table>"
                + "<form action=\"/x\"><input name=\"a\"></form></body></html>");

        assertEquals("<h3>Agreement</h3><p>Parties <em>agree</em>.</p><table><tbody><tr><th scope=\"col\">Who</th></tr>"
                + "<tr><td>Police</td></tr></tbody></table>", html);
    }

    @Test
    void theDeepestHeadingsStayAtSix() {
        assertEquals("<h6>Deep</h6><h6>Deeper</h6>", SafeHtml.documentFromHtml("<h5>Deep</h5><h6>Deeper</h6>"));
    }
}
