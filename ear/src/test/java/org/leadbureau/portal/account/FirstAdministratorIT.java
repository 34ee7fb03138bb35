package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.leadbureau.portal.it.Browser;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.PortalRestarts;
import org.leadbureau.portal.it.SharedBrowser;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffAccounts.Account;
import org.leadbureau.portal.it.StaffSession;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The first administrator both ways: from PORTAL_ADMIN_EMAIL/PASSWORD (the test server has them), and, when
 * no active administrator exists, through the one-time set-up link printed to the server log.
 */
@ExtendWith(SharedBrowser.class)
class FirstAdministratorIT extends PortalRestarts {

    private static final Pattern SETUP_LINK = Pattern.compile("/setup\\?token=([A-Za-z0-9_-]{43})");

    @Test
    void theEnvironmentsAdministratorIsCreatedOnce() throws Exception {
        restart();
        var me = Http.get("/api/staff/me", "Authorization", StaffAccounts.ADMIN.basic());
        assertEquals(200, me.statusCode());
        assertEquals("ADMIN", Http.json(me).getJsonArray("roles").getString(0));
        assertEquals(1, Database.count("select count(*) from audit_event where action = 'FIRST_ADMIN_CREATED' and subject = ?",
                StaffAccounts.ADMIN.email()));
    }

    @Test
    void withoutAnActiveAdministratorASetUpLinkIsPrintedAndWorksOnce() throws Exception {
        String activeAdmins = "select u.email from staff_user u join staff_user_role r on r.user_id = u.id"
                + " where r.role = 'ADMIN' and u.active = true";
        java.util.List<String> admins = Database.strings(activeAdmins);
        try {
            restart(() -> {
                for (String email : admins) {
                    Database.update("update staff_user set active = false where email = ?", email);
                }
            });
            String token = lastSetupToken();

            setUpPageIsAccessible(token);

            var session = new StaffSession();
            var form = session.get("/setup?token=" + token);
            assertEquals(200, form.statusCode());
            Account admin = new Account("second-admin@leadbureau.test", "the set-up administrator's password");

            // Like every other form, it refuses control characters in one-line fields, next to the field, and says
            // everything else that is wrong in the same round.
            Map<String, String> wrong = setupFields(form.body(), admin, "Set-up\rAdmin");
            wrong.put("setup:email", "second-admin@leadbureau");
            wrong.put("setup:password", "short");
            var refused = session.postForm("/setup?token=" + token, wrong);
            assertEquals(200, refused.statusCode(), refused.body());
            for (String message : List.of("Please write this on one line", "Enter a valid email address.", "Use at least 12 characters.")) {
                assertTrue(refused.body().contains(message), message + ": " + Http.main(refused.body()));
            }
            assertEquals(0, Database.count("select count(*) from staff_user where email = ?", admin.email()));

            var done = session.postForm("/setup?token=" + token, setupFields(refused.body(), admin, "Set-up Admin"));
            assertEquals(302, done.statusCode(), done.body());

            assertEquals(200, Http.get("/api/staff/me", "Authorization", admin.basic()).statusCode());
            assertEquals(404, new StaffSession().get("/setup?token=" + token).statusCode(), "the link works once");
            assertEquals(404, new StaffSession().get("/setup?token=not-a-token").statusCode());
        } finally {
            for (String email : admins) {
                Database.update("update staff_user set active = true where email = ?", email);
            }
        }
    }

    /**
     * axe-core finds no WCAG 2.1 A/AA violation on the set-up page, empty and after an empty submit (EveryPageAxeIT
     * cannot scan it: the page exists only while no administrator does).
     */
    private static void setUpPageIsAccessible(String token) {
        WebDriver browser = SharedBrowser.driver();
        browser.get(Http.baseUrl() + "/setup?token=" + token);
        assertEquals("/setup.xhtml", ((JavascriptExecutor) browser).executeScript("return document.body.dataset.view;"));
        assertEquals("", Browser.violations(browser), "the set-up page");
        Browser.submit(browser, "setup:create");
        Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message-error")));
        assertEquals("", Browser.violations(browser), "the set-up page after an empty submit");
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    private static Map<String, String> setupFields(String page, Account admin, String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("setup", "setup");
        fields.put("setup:email", admin.email());
        fields.put("setup:name", name);
        fields.put("setup:password", admin.password());
        fields.put("setup:create", "");
        fields.putAll(StaffSession.hiddenFields(page));
        return fields;
    }

    private static String lastSetupToken() throws Exception {
        String log = Files.readString(Path.of(System.getProperty("portal.server.log")));
        Matcher matcher = SETUP_LINK.matcher(log);
        String token = null;
        while (matcher.find()) {
            token = matcher.group(1);
        }
        assertTrue(token != null, "the server log shows a set-up link");
        return token;
    }
}
