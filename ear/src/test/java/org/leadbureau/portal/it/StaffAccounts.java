package org.leadbureau.portal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Staff accounts for tests: the first administrator from the environment, and accounts it creates or, when they
 * exist already (the database lives for the whole run), resets to what the test needs through the admin API.
 */
public final class StaffAccounts {

    /** One account per role, created on first use. */
    public static final Account ADMIN = new Account(System.getProperty("portal.admin.email"),
            System.getProperty("portal.admin.password"));
    public static final Account STAFF = new Account("staff@leadbureau.test", "a staff member's test password");
    public static final Account TRAINER = new Account("trainer@leadbureau.test", "a trainer's test password");

    /** The accounts this run has made sure of: they exist (the database lives for the whole run). */
    private static final Set<String> ENSURED = ConcurrentHashMap.newKeySet();

    private static final Pattern LINK = Pattern.compile("/set-password\\?token=([A-Za-z0-9_-]{43})");

    private StaffAccounts() {
    }

    public record Account(String email, String password) {

        public String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Makes sure the account exists, is active, has exactly these roles and this password; returns it. */
    public static Account ensure(Account account, String name, String... roles) {
        if (account.equals(ADMIN)) {
            return account;
        }
        // An account this run made sure of before is checked with one password check, where the admin API's way
        // costs three (each check takes the full hash, by design); a new one is created without a failed sign-in.
        HttpResponse<String> me = null;
        if (ENSURED.contains(account.email())) {
            me = Http.get("/api/staff/me", "Authorization", account.basic());
            if (me.statusCode() == 200 && roles(Http.json(me)).equals(Set.of(roles))) {
                return account;
            }
        }
        var json = Json.createObjectBuilder().add("email", account.email()).add("name", name)
                .add("password", account.password()).add("roles", Json.createArrayBuilder(List.of(roles))).build();
        HttpResponse<String> created = admin("POST", "/api/staff/admin/users", json.toString());
        if (created.statusCode() == 201) {
            ENSURED.add(account.email());
            return account;
        }
        if (created.statusCode() != 409) {
            throw new IllegalStateException("Could not create " + account.email() + ": " + created.body());
        }
        JsonObject existing = find(account.email());
        long id = existing.getJsonNumber("id").longValue();
        if (!existing.getBoolean("active")) {
            expect(200, admin("POST", "/api/staff/admin/users/" + id + "/activate", null));
        }
        if (!roles(existing).equals(Set.of(roles))) {
            expect(200, admin("PUT", "/api/staff/admin/users/" + id + "/roles",
                    Json.createObjectBuilder().add("roles", Json.createArrayBuilder(List.of(roles))).build().toString()));
        }
        // Asked at most once: every failed check counts towards the sign-in throttle of the test's address (after a
        // failed first check the password is set again even if only the deactivation failed it).
        if (me == null) {
            me = Http.get("/api/staff/me", "Authorization", account.basic());
        }
        if (me.statusCode() != 200) {
            expect(202, admin("POST", "/api/staff/admin/users/" + id + "/password-reset", null));
            String token = lastLink(account.email(), "Reset your LEAD Bureau Portal password");
            StaffSession session = new StaffSession();
            expect(302, setPassword(session, token, session.get("/set-password?token=" + token).body(), account.password()));
        }
        ENSURED.add(account.email());
        return account;
    }

    private static Set<String> roles(JsonObject user) {
        return user.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toSet());
    }

    public static Account staff() {
        return ensure(STAFF, "Sam Staff", "STAFF");
    }

    public static Account trainer() {
        return ensure(TRAINER, "Tess Trainer", "TRAINER");
    }

    /** The account with this email as the admin API lists it ({id, email, name, roles, active, …}). */
    public static JsonObject find(String email) {
        for (int page = 1; ; page++) {
            JsonObject answer = Http.json(Http.get("/api/staff/admin/users?size=100&page=" + page, "Authorization",
                    ADMIN.basic()));
            var found = answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(user -> user.getString("email").equals(email)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (page * 100 >= answer.getInt("total")) {
                throw new IllegalStateException("No account " + email);
            }
        }
    }

    /** The secret of the newest link mailed to this address with this subject. */
    public static String lastLink(String email, String subject) {
        List<String> bodies;
        try {
            bodies = Database.strings("select body_text from outbox_message where recipient = ? and subject = ?"
                    + " order by id desc", email, subject);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertFalse(bodies.isEmpty(), "a message '" + subject + "' to " + email);
        Matcher matcher = LINK.matcher(bodies.get(0));
        assertTrue(matcher.find(), bodies.get(0));
        return matcher.group(1);
    }

    /** Posts the set-password form of a link ({@code page} is the form as shown). */
    public static HttpResponse<String> setPassword(StaffSession session, String token, String page, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("choose", "choose");
        fields.put("choose:password", password);
        fields.put("choose:save", "");
        fields.putAll(StaffSession.hiddenFields(page));
        return session.postForm("/set-password?token=" + token, fields);
    }

    /** A call to the API as the administrator, with a JSON body (or none). */
    public static HttpResponse<String> admin(String method, String path, String json) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", ADMIN.basic())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                    + response.statusCode() + " " + response.body());
        }
    }
}
