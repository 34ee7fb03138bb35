package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/**
 * The administrator's accounts page as a browser without JavaScript posts it: a missing or unknown role is a
 * message next to the roles (never the error page), and each role's checkbox has its own label.
 */
@SharedPortal
class AccountsPageIT {

    private static final String PAGE = "/staff/admin/users";

    @Test
    void anAccountWithNoRoleIsRefusedNextToTheRoles() throws Exception {
        String email = "no-role-" + UUID.randomUUID() + "@leadbureau.test";

        String answer = create(email, Map.of());

        assertTrue(answer.contains("Choose at least one role."), answer);
        assertEquals(0, Database.count("select count(*) from staff_user where email = ?", email));
    }

    @Test
    void anUnknownRoleIsRefusedNextToTheRoles() throws Exception {
        String email = "odd-role-" + UUID.randomUUID() + "@leadbureau.test";

        String answer = create(email, Map.of("create:roles", "OWNER"));

        assertTrue(answer.contains("ui-message-error"), answer);
        assertEquals(0, Database.count("select count(*) from staff_user where email = ?", email));
    }

    @Test
    void eachRoleCheckboxHasItsOwnLabelOnItsOwnLine() {
        String html = Http.page(StaffSession.signedIn(StaffAccounts.ADMIN).get(PAGE), "Staff accounts");

        // The form's three boxes, each followed by the label bound to it, and the next one on a new row.
        Matcher box = Pattern.compile("<input[^>]*id=\"create:roles:(\\d)\"[^>]*>\\s*<label for=\"create:roles:(\\d)\"").matcher(html);
        List<Integer> starts = new ArrayList<>();
        while (box.find()) {
            assertEquals(box.group(1), box.group(2), "the label is bound to the box before it");
            starts.add(box.start());
        }
        assertEquals(3, starts.size(), "one box per role: " + html);
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(html.substring(starts.get(i - 1), starts.get(i)).contains("</tr>"), "one role per line");
        }
    }

    /** Posts the new-account form with these role fields; answers the page that came back. */
    private static String create(String email, Map<String, String> roles) {
        StaffSession admin = StaffSession.signedIn(StaffAccounts.ADMIN);
        HttpResponse<String> page = admin.get(PAGE);
        assertEquals(200, page.statusCode());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("create", "create");
        fields.put("create:email", email);
        fields.put("create:name", "Nobody Yet");
        fields.putAll(roles);
        fields.put("create:password", "");
        fields.put("create:createAccount", "");
        fields.putAll(StaffSession.hiddenFields(page.body()));
        HttpResponse<String> answer = admin.postForm(PAGE, fields);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.page(answer, "Staff accounts");
    }
}
