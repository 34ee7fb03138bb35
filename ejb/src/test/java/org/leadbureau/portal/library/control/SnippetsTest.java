package org.leadbureau.portal.library.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static String marked(String word) {
        return Snippets.OPEN + word + Snippets.CLOSE;
    }

    @Test
    void highlightsBecomeMarkElements() {
        assertEquals("meet people <mark>where</mark> they are",
                Snippets.toSafeHtml("meet people " + marked("where") + " they are"));
    }

    @Test
    void documentTextIsEscapedSoItsMarkupIsShownNotRun() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>harm</mark> &#39;reduction&#39;",
                Snippets.toSafeHtml("<script>alert(\"x\")</script> & " + marked("harm") + " 'reduction'"));
        assertEquals("&lt;mark&gt;fake&lt;/mark&gt;", Snippets.toSafeHtml("<mark>fake</mark>"));
    }

    @Test
    void markersAreAlwaysBalanced() {
        assertEquals("<mark>open</mark>", Snippets.toSafeHtml(Snippets.OPEN + "open"));
        assertEquals("close", Snippets.toSafeHtml("close" + Snippets.CLOSE));
        assertEquals("<mark>a b</mark>", Snippets.toSafeHtml(Snippets.OPEN + "a" + Snippets.OPEN + " b" + Snippets.CLOSE));
        assertEquals("x", Snippets.toSafeHtml("x" + Snippets.OPEN + Snippets.CLOSE));
    }

    @Test
    void whitespaceAndControlCharactersCollapseToSingleSpaces() {
        assertEquals("one two three", Snippets.toSafeHtml("  one\n\n\ttwo\u0000three  "));
        assertEquals("", Snippets.toSafeHtml(null));
    }
}
