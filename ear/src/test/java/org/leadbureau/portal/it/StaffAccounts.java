package org.leadbureau.portal.it;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Staff accounts for tests: the first administrator from the environment, and accounts it creates. */
public final class StaffAccounts {

    /** One account per role, created on first use (and kept: the test database lives for one run). */
    public static final Account ADMIN = new Account(System.getProperty("portal.admin.email"),
            System.getProperty("portal.admin.password"));
    public static final Account STAFF = new Account("staff@leadbureau.test", "a staff member's test password");
    public static final Account TRAINER = new Account("trainer@leadbureau.test", "a trainer's test password");

    private StaffAccounts() {
    }

    public record Account(String email, String password) {

        public String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Creates the account with these roles unless it exists; returns it. */
    public static Account ensure(Account account, String name, String... roles) {
        if (account.equals(ADMIN)) {
            return account;
        }
        StringBuilder json = new StringBuilder("{\"email\":\"").append(account.email())
                .append("\",\"name\":\"").append(name).append("\",\"password\":\"").append(account.password())
                .append("\",\"roles\":[");
        for (int i = 0; i < roles.length; i++) {
            json.append(i == 0 ? "\"" : ",\"").append(roles[i]).append('"');
        }
        json.append("]}");
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/admin/users"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", ADMIN.basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString()))
                .build());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("Could not create " + account.email() + ": " + response.body());
        }
        return account;
    }

    public static Account staff() {
        return ensure(STAFF, "Sam Staff", "STAFF");
    }

    public static Account trainer() {
        return ensure(TRAINER, "Tess Trainer", "TRAINER");
    }
}
