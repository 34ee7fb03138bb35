package org.leadbureau.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Database;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;

/**
 * The retention job, run by an administrator instead of waiting for the hour: old sign-in attempts and audit
 * events go, delivered mail loses its bodies after 30 days, and mail with a sign-in link as soon as it is
 * delivered or the link expires; what is recent stays, and every message keeps its metadata.
 */
@SharedPortal
class RetentionIT {

    private static final String WHO = "retention-it@leadbureau.test";

    private static JsonObject applyRetention() {
        var response = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/admin/retention"))
                .header("Authorization", StaffAccounts.ADMIN.basic())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    /** A message to {@link #WHO}, created and (when {@code sent}) delivered {@code age} ago, with an attachment. */
    private static long message(String subject, String status, Duration age, Instant linkExpires) throws Exception {
        Instant at = Instant.now().minus(age);
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into outbox_message (recipient, subject, body_text, body_html, status, attempts, next_attempt_at,"
                        + " created_at, sent_at, link_expires_at, version) values (?, ?, 'secret body', '<p>secret body</p>',"
                        + " ?, 1, ?, ?, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, WHO);
            insert.setString(2, subject);
            insert.setString(3, status);
            // Queued ones wait a day, so that the sender leaves them to this test.
            insert.setTimestamp(4, Database.utc(Instant.now().plus(Duration.ofDays(1))));
            insert.setTimestamp(5, Database.utc(at));
            insert.setTimestamp(6, "SENT".equals(status) ? Database.utc(at) : null);
            insert.setTimestamp(7, linkExpires == null ? null : Database.utc(linkExpires));
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                Database.update("insert into outbox_attachment (message_id, file_name, content_type, content)"
                        + " values (?, 'invite.ics', 'text/calendar', ?)", id, "BEGIN:VCALENDAR".getBytes());
                return id;
            }
        }
    }

    private static String body(long id) throws Exception {
        return Database.strings("select body_text from outbox_message where id = ?", id).get(0);
    }

    private static long attachments(long id) throws Exception {
        return Database.count("select count(*) from outbox_attachment where message_id = ?", id);
    }

    @Test
    void oldRowsGoRecentOnesStayAndMailKeepsItsMetadata() throws Exception {
        Instant now = Instant.now();
        Database.update("delete from sign_in_attempt where email = ?", WHO);
        for (Duration age : List.of(Duration.ofHours(1), Duration.ofMinutes(1))) {
            Database.update("insert into sign_in_attempt (email, client_address, outcome, attempted_at) values (?, '127.0.0.9',"
                    + " 'FAILED', ?)", WHO, Database.utc(now.minus(age)));
        }
        for (Duration age : List.of(Duration.ofDays(3 * 365), Duration.ofDays(365))) {
            Database.update("insert into audit_event (occurred_at, actor, action, subject) values (?, ?, 'SIGN_IN', ?)",
                    Database.utc(now.minus(age)), WHO, "age " + age.toDays());
        }
        long monthOld = message("Delivered long ago", "SENT", Duration.ofDays(40), null);
        long weekOld = message("Delivered last week", "SENT", Duration.ofDays(7), null);
        long deliveredLink = message("Your reset link", "SENT", Duration.ofMinutes(5), now.plus(Duration.ofMinutes(55)));
        long expiredLink = message("Your old invitation", "QUEUED", Duration.ofDays(8), now.minus(Duration.ofDays(1)));
        long waitingLink = message("Your new invitation", "QUEUED", Duration.ofMinutes(1), now.plus(Duration.ofDays(7)));

        JsonObject removed = applyRetention();

        assertTrue(removed.getInt("signInAttempts") >= 1, removed.toString());
        assertTrue(removed.getInt("outboxMessagesRedacted") >= 3, removed.toString());
        assertEquals(1, Database.count("select count(*) from sign_in_attempt where email = ?", WHO), "the recent one stays");
        assertEquals(List.of("age 365"), Database.strings("select subject from audit_event where actor = ?", WHO));
        for (long gone : List.of(monthOld, deliveredLink, expiredLink)) {
            assertFalse(body(gone).contains("secret"), "message " + gone);
            assertEquals(0, attachments(gone), "message " + gone);
            assertEquals(1, Database.count("select count(*) from outbox_message where id = ? and recipient = ?"
                    + " and redacted_at is not null", gone, WHO), "the metadata stays");
        }
        assertEquals("FAILED", Database.strings("select status from outbox_message where id = ?", expiredLink).get(0),
                "an expired link is never sent");
        for (long kept : List.of(weekOld, waitingLink)) {
            assertEquals("secret body", body(kept), "message " + kept);
            assertEquals(1, attachments(kept));
        }
        String log = Files.readString(Path.of(System.getProperty("portal.server.log")));
        assertTrue(log.contains("Retention: deleted"), "the job says what it removed");
        assertTrue(log.contains("Retention: removed the bodies of"));
    }

    @Test
    void aResetMailIsQueuedWithTheExpiryOfItsLink() throws Exception {
        var account = StaffAccounts.ensure(new StaffAccounts.Account("retention-reset@leadbureau.test",
                "a retention test password"), "Rita Reset", "STAFF");
        String id = Database.strings("select id from staff_user where email = ?", account.email()).get(0);
        var reset = Http.send(HttpRequest.newBuilder(Http.uri("/api/staff/admin/users/" + id + "/password-reset"))
                .header("Authorization", StaffAccounts.ADMIN.basic())
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertTrue(reset.statusCode() < 300, reset.body());
        assertEquals(1, Database.count("select count(*) from outbox_message where recipient = ? and link_expires_at"
                + " between ? and ?", account.email(), Database.utc(Instant.now().plus(Duration.ofMinutes(50))),
                Database.utc(Instant.now().plus(Duration.ofMinutes(70)))), "a reset link works for an hour");
    }
}
