package org.leadbureau.portal.mail.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.platform.i18n.Language;

/**
 * Writes the same message as plain text and as simple HTML, block by block, escaping every value in the HTML,
 * so that what a person typed (a name, a title) can never become markup.
 */
public final class MailBody {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html;
    private final List<String> closing = new ArrayList<>();

    /** A message in English, as the Bureau writes to its staff. */
    public MailBody() {
        this(Language.DEFAULT);
    }

    /** A message in the language given, which the HTML part declares. */
    public MailBody(Language language) {
        html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.tag()).append("\"><body>\n");
    }

    public MailBody paragraph(String content) {
        text.append(content).append("\n\n");
        html.append("<p>").append(Html.escapeLines(content)).append("</p>\n");
        return this;
    }

    /** Label–value lines, e.g. "When: Monday, …". Null or blank values are left out. */
    public MailBody facts(Map<String, String> facts) {
        var shown = new LinkedHashMap<String, String>();
        facts.forEach((label, value) -> {
            if (value != null && !value.isBlank()) {
                shown.put(label, value);
            }
        });
        shown.forEach((label, value) -> text.append(label).append(": ").append(value).append('\n'));
        text.append('\n');
        html.append("<table role=\"presentation\">\n");
        shown.forEach((label, value) -> html.append("<tr><th align=\"left\" valign=\"top\">").append(Html.escape(label))
                .append("</th><td>").append(Html.escapeLines(value)).append("</td></tr>\n"));
        html.append("</table>\n");
        return this;
    }

    /** A link with its purpose, e.g. "See or cancel your registration". */
    public MailBody link(String label, String url) {
        text.append(label).append(":\n").append(url).append("\n\n");
        html.append("<p><a href=\"").append(Html.escape(url)).append("\">").append(Html.escape(label)).append("</a></p>\n");
        return this;
    }

    /** A closing line added after everything else (a signature). */
    public MailBody signature(String line) {
        closing.add(line);
        return this;
    }

    public String text() {
        var result = new StringBuilder(text);
        closing.forEach(line -> result.append(line).append('\n'));
        return result.toString().strip() + "\n";
    }

    public String html() {
        var result = new StringBuilder(html);
        closing.forEach(line -> result.append("<p>").append(Html.escapeLines(line)).append("</p>\n"));
        return result.append("</body></html>\n").toString();
    }
}
