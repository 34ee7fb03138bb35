package org.leadbureau.portal.library.control;

/**
 * Turns a highlighted fragment of document text into safe HTML: the text is escaped, and the highlight
 * markers (private-use characters the highlighter is told to emit) become {@code <mark>} elements, always
 * balanced. So the highlighting is the only markup a snippet can carry, whatever the document contains.
 */
public final class Snippets {

    /** Emitted by the highlighter around each match. */
    public static final String OPEN = "\uE000";
    public static final String CLOSE = "\uE001";

    private Snippets() {
    }

    public static String toSafeHtml(String highlighted) {
        if (highlighted == null) {
            return "";
        }
        var html = new StringBuilder(highlighted.length() + 32);
        boolean open = false;
        boolean space = false;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = html.length() > 0;
                continue;
            }
            if (space) {
                html.append(' ');
                space = false;
            }
            switch (c) {
                case '\uE000' -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case '\uE001' -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString().replace("<mark></mark>", "");
    }
}
