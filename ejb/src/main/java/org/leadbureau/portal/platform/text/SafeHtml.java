package org.leadbureau.portal.platform.text;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Text that people wrote (seed pages, uploaded Markdown and HTML documents) turned into HTML that is safe to put in a
 * page: raw HTML in Markdown is shown as text, links are only http, https or mailto, and HTML goes through an
 * allow-list (no scripts, styles, frames, forms or event attributes).
 */
public final class SafeHtml {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_RENDERER = markdownRenderer(List.of()).build();

    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

    private static final PolicyFactory DOCUMENT_POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "b", "i", "u", "s", "sub",
                    "sup", "small", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot",
                    "tr", "th", "td", "a", "abbr")
            .allowElements((name, attributes) -> demoted(name), HEADINGS)
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("scope", "colspan", "rowspan").onElements("th", "td")
            .allowAttributes("title").onElements("abbr")
            .toFactory();

    private SafeHtml() {
    }

    /** Markdown as the content pages are rendered: raw HTML escaped, unsafe link schemes dropped. */
    public static HtmlRenderer.Builder markdownRenderer(List<Extension> extensions) {
        return HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true);
    }

    /**
     * An uploaded Markdown document for its page, below the page's own headings: its headings start at level 3 (the
     * page has its h1 and a "Text of the document" h2), so the outline stays in order. Images are left out: they
     * would load from other sites.
     */
    public static String documentFromMarkdown(String markdown) {
        Node document = MARKDOWN.parse(markdown);
        return DOCUMENT_POLICY.sanitize(MARKDOWN_RENDERER.render(document));
    }

    /** An uploaded HTML document for its page: the allow-listed markup only, headings demoted as for Markdown. */
    public static String documentFromHtml(String html) {
        return DOCUMENT_POLICY.sanitize(html);
    }

    private static String demoted(String heading) {
        int level = Math.min(6, heading.charAt(1) - '0' + 2);
        return "h" + level;
    }
}
