package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;

/**
 * Every staff form with a choice (menus, boxes, radios), posted as a browser without JavaScript or a tampered page
 * would post it: each choice left empty, then each set to something not offered. The page comes back with its
 * messages; an empty or unknown choice never reaches the error page.
 */
@SharedPortal
class StaffFormChoicesIT {

    private static final Pattern SELECT = Pattern.compile("<select[^>]*\\bname=\"([^\"]+)\"");
    private static final Pattern BOX = Pattern.compile("<input[^>]*type=\"(?:checkbox|radio)\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern BUTTON = Pattern.compile("<button[^>]*\\bname=\"([^\"]+)\"");

    /** A staff member who also trains, so that every form outside administration is open to them. */
    private static final Account CHOOSER = new Account("chooser@leadbureau.test", "a chooser's test password");

    @ParameterizedTest(name = "{0} #{1}")
    @CsvSource({
            "/staff/admin/users, create",
            "/staff/admin/audit, audit",
            "/staff/sites/new, site",
            "/staff/sites/santa-fe-lead, status",
            "/staff/trainings/new, training",
            "/staff/visits, calendarForm",
            "/staff/visits, visitForm",
            "/staff/visits, unavailability",
    })
    void emptyAndUnknownChoicesAreMessagesNotTheErrorPage(String path, String form) {
        StaffSession session = StaffSession.signedIn(path.startsWith("/staff/admin/") ? StaffAccounts.ADMIN
                : StaffAccounts.ensure(CHOOSER, "Chooser", "STAFF", "TRAINER"));
        for (String choice : new String[] {"", "not-a-choice"}) {
            HttpResponse<String> page = session.get(path);
            assertEquals(200, page.statusCode(), path);
            String html = formOf(page.body(), form);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(form, form);
            int choices = 0;
            Matcher select = SELECT.matcher(html);
            while (select.find()) {
                fields.put(select.group(1), choice);
                choices++;
            }
            Matcher box = BOX.matcher(html);
            while (box.find()) {
                Matcher name = NAME.matcher(box.group());
                // A box left empty is simply not posted.
                if (name.find() && !choice.isEmpty()) {
                    fields.put(name.group(1), choice);
                }
                choices++;
            }
            assertTrue(choices > 0, "the form " + form + " has choices");
            Matcher button = BUTTON.matcher(html);
            assertTrue(button.find(), "the form " + form + " has a button");
            fields.put(button.group(1), "");
            fields.putAll(StaffSession.hiddenFields(page.body()));

            HttpResponse<String> answer = session.postForm(path, fields);

            String what = path + " #" + form + " with '" + choice + "': ";
            assertTrue(answer.statusCode() == 200 || answer.statusCode() == 302 || answer.statusCode() == 303,
                    what + answer.statusCode() + " " + answer.body());
            assertFalse(answer.body().contains("Something went wrong"), what + answer.body());
        }
    }

    /** The form's own markup, from its opening tag to its end. */
    private static String formOf(String html, String form) {
        int start = html.indexOf("<form id=\"" + form + "\"");
        assertTrue(start >= 0, "the page has the form " + form);
        return html.substring(start, html.indexOf("</form>", start));
    }
}
