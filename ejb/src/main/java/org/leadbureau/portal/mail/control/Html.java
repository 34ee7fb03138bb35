package org.leadbureau.portal.mail.control;

/** HTML escaping for mail bodies: everything a person typed goes through {@link #escape(String)}. */
public final class Html {

    private Html() {
    }

    /** Text safe to place in HTML element content and in quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Escaped text whose line breaks become {@code <br>}. */
    public static String escapeLines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
    }
}
