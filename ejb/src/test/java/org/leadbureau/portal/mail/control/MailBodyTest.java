package org.leadbureau.portal.mail.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailBodyTest {

    @Test
    void whatPeopleTypedIsEscapedInHtmlAndKeptAsTypedInText() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Name", "<script>alert('x')</script> & \"friends\"");
        facts.put("Empty", " ");
        var body = new MailBody()
                .paragraph("Dear <b>Ann</b>,\nwelcome.")
                .facts(facts)
                .link("Your registration", "https://portal.example/registrations/a?b=1&c=\"2\"")
                .signature("The Bureau");

        String html = body.html();
        assertFalse(html.contains("<script>") || html.contains("<b>Ann"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;"), html);
        assertTrue(html.contains("Dear &lt;b&gt;Ann&lt;/b&gt;,<br>"), html);
        assertTrue(html.contains("href=\"https://portal.example/registrations/a?b=1&amp;c=&quot;2&quot;\""), html);
        assertFalse(html.contains("Empty"), "blank facts are left out");

        String text = body.text();
        assertTrue(text.contains("Name: <script>alert('x')</script> & \"friends\""), text);
        assertTrue(text.endsWith("The Bureau\n"), text);
    }
}
