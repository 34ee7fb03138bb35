package org.leadbureau.portal.platform.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Documents' text as a reader sees it, for the search index and its snippets: Markdown without its syntax (no
 * {@code #}, {@code **}, list dashes or link targets), each heading and paragraph a line of its own, a blank line
 * between them, and the items of a list on one line joined by " · ". Extracted text of any kind is tidied the same
 * way: spaces collapsed, lines trimmed, at most one blank line.
 */
public final class PlainText {

    /** Between the items of a list, as a reader sees bullets go by. */
    public static final String ITEM_SEPARATOR = " · ";

    private static final Parser MARKDOWN = Parser.builder().build();

    private PlainText() {
    }

    /** The text of a Markdown document. */
    public static String fromMarkdown(String markdown) {
        return tidy(blocks(MARKDOWN.parse(markdown), "\n\n"));
    }

    /** Extracted text tidied: CRLF to LF, runs of spaces and tabs as one space, lines trimmed, no run of blank lines. */
    public static String tidy(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ")
                .replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static String blocks(Node parent, String separator) {
        List<String> texts = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            texts.add(block(child));
        }
        return texts.stream().filter(Objects::nonNull).filter(text -> !text.isBlank())
                .collect(Collectors.joining(separator));
    }

    private static String block(Node node) {
        if (node instanceof Heading || node instanceof Paragraph) {
            return inline(node).strip();
        }
        if (node instanceof ListBlock) {
            return blocks(node, ITEM_SEPARATOR);
        }
        if (node instanceof ListItem) {
            return listItem(node);
        }
        if (node instanceof FencedCodeBlock code) {
            return code.getLiteral().strip();
        }
        if (node instanceof IndentedCodeBlock code) {
            return code.getLiteral().strip();
        }
        if (node instanceof HtmlBlock html) {
            return withoutTags(html.getLiteral());
        }
        if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
            return null;
        }
        // Block quotes and anything else that holds blocks.
        return blocks(node, "\n\n");
    }

    /** An item's paragraphs read as one sentence run; a list inside it continues the series. */
    private static String listItem(Node item) {
        var text = new StringBuilder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            String part = block(child);
            if (part != null && !part.isBlank()) {
                text.append(text.length() == 0 ? "" : child instanceof ListBlock ? ITEM_SEPARATOR : " ").append(part);
            }
        }
        return text.toString();
    }

    private static String inline(Node parent) {
        var text = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else if (child instanceof HtmlInline) {
                // A tag on its own says nothing to a reader.
                continue;
            } else {
                // Emphasis, links (their words, not their targets), images (their alternative text).
                text.append(inline(child));
            }
        }
        return text.toString();
    }

    private static String withoutTags(String html) {
        return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }
}
