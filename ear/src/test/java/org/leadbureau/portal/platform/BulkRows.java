package org.leadbureau.portal.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.leadbureau.portal.it.Database;

/**
 * Many rows written straight into the database, to see how lists behave as they grow; each kind is named
 * "bulk-…" so that {@link #remove()} takes them all away again. Dates are relative to now.
 */
final class BulkRows {

    static final String PREFIX = "bulk-";

    private BulkRows() {
    }

    /** Published resources "Bulk resource 001"…, one a day back from today, each with the first topic. */
    static void resources(int count) throws SQLException {
        Timestamp now = Database.utc(Instant.now());
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into library_resource (slug, title, summary, resource_type, published_on, language, status,"
                        + " created_at, updated_at, version) values (?, ?, 'Written by a test.', 'GUIDE', ?, 'en',"
                        + " 'PUBLISHED', ?, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, PREFIX + "resource-" + i);
                insert.setString(2, "Bulk resource %03d".formatted(i));
                insert.setObject(3, LocalDate.now().minusDays(i));
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Database.update("insert into library_resource_topic (resource_id, topic_id) select r.id,"
                + " (select min(t.id) from library_topic t) from library_resource r where r.slug like '" + PREFIX + "%'");
    }

    /** Operational sites in Washington. */
    static void sites(int count) throws SQLException {
        Timestamp now = Database.utc(Instant.now());
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into site (slug, name, state, status, time_zone, created_at, updated_at, version)"
                        + " values (?, ?, 'WA', 'OPERATIONAL', 'America/Los_Angeles', ?, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, PREFIX + "site-" + i);
                insert.setString(2, "Bulk site %03d".formatted(i));
                insert.setTimestamp(3, now);
                insert.setTimestamp(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Published virtual trainings, one a day from next month on. */
    static void trainings(int count) throws SQLException {
        Instant now = Instant.now();
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into training (slug, ical_uid, title, description, topics, audience, format, starts_at,"
                        + " ends_at, zone, capacity, questions, status, published_at, sequence_number, created_at,"
                        + " updated_at, version) values (?, ?, ?, 'Written by a test.', 'Testing', 'Testers', 'VIRTUAL', ?, ?, 'UTC',"
                        + " 20, '', 'PUBLISHED', ?, 0, ?, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                Instant start = now.plus(30 + i, ChronoUnit.DAYS);
                insert.setString(1, PREFIX + "training-" + i);
                insert.setString(2, PREFIX + "training-" + i + "@test");
                insert.setString(3, "Bulk training %03d".formatted(i));
                insert.setTimestamp(4, Database.utc(start));
                insert.setTimestamp(5, Database.utc(start.plus(2, ChronoUnit.HOURS)));
                insert.setTimestamp(6, Database.utc(now));
                insert.setTimestamp(7, Database.utc(now));
                insert.setTimestamp(8, Database.utc(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Requested visits, one a day from tomorrow, each at another bulk site (add those first), with one trainer. */
    static void visits(int count, String trainerEmail) throws SQLException {
        Instant now = Instant.now();
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into site_visit (ical_uid, site_id, purpose, topics, format, starts_at, ends_at, zone,"
                        + " contact_name, contact_email, status, sequence_number, created_at, updated_at, version)"
                        + " select ?, s.id, 'Bulk visit', '', 'VIRTUAL', ?, ?, 'UTC', 'Casey Contact',"
                        + " 'casey@leadbureau.test', 'REQUESTED', 0, ?, ?, 0 from site s where s.slug = ?")) {
            for (int i = 1; i <= count; i++) {
                Instant start = now.plus(i, ChronoUnit.DAYS);
                insert.setString(1, PREFIX + "visit-" + i + "@test");
                insert.setTimestamp(2, Database.utc(start));
                insert.setTimestamp(3, Database.utc(start.plus(2, ChronoUnit.HOURS)));
                insert.setTimestamp(4, Database.utc(now));
                insert.setTimestamp(5, Database.utc(now));
                insert.setString(6, PREFIX + "site-" + i);
                insert.executeUpdate(); // MariaDB cannot batch an INSERT ... SELECT
            }
        }
        Database.update("insert into site_visit_trainer (visit_id, trainer_id) select v.id, u.id from site_visit v,"
                + " staff_user u where v.ical_uid like '" + PREFIX + "%' and u.email = ?", trainerEmail);
    }

    /** Delivered messages, audit events and new inquiries, for the staff tables. */
    static void staffRows(int count) throws SQLException {
        Instant now = Instant.now();
        try (Connection db = Database.connect();
             PreparedStatement message = db.prepareStatement("insert into outbox_message (recipient, subject, body_text,"
                     + " body_html, status, attempts, next_attempt_at, created_at, sent_at, version) values (?, 'Bulk',"
                     + " 'A body.', '<p>A body.</p>', 'SENT', 1, ?, ?, ?, 0)");
             PreparedStatement event = db.prepareStatement("insert into audit_event (occurred_at, actor, action, subject)"
                     + " values (?, ?, 'SIGN_IN', 'bulk')");
             PreparedStatement inquiry = db.prepareStatement("insert into inquiry (reference, reference_year,"
                     + " reference_number, name, email, organisation, role, jurisdiction, state, stage, message, consent,"
                     + " status, client_address, created_at, updated_at, version) values (?, 1900, ?, 'Bulk Inquirer',"
                     + " 'bulk@leadbureau.test', 'Bulk County', 'Clerk', 'Bulk County', 'WA', 'EXPLORING', 'Hello.',"
                     + " TRUE, 'NEW', '127.0.0.9', ?, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                Timestamp at = Database.utc(now.minus(i, ChronoUnit.MINUTES));
                message.setString(1, PREFIX + i + "@leadbureau.test");
                message.setTimestamp(2, at);
                message.setTimestamp(3, at);
                message.setTimestamp(4, at);
                message.addBatch();
                event.setTimestamp(1, at);
                event.setString(2, PREFIX + i + "@leadbureau.test");
                event.addBatch();
                inquiry.setString(1, "BULK-" + i);
                inquiry.setInt(2, i);
                inquiry.setTimestamp(3, at);
                inquiry.setTimestamp(4, at);
                inquiry.addBatch();
            }
            message.executeBatch();
            event.executeBatch();
            inquiry.executeBatch();
        }
    }

    /** Deactivated staff accounts "Bulk Staff 001"…, so that no mail or choice of staff picks them. */
    static void accounts(int count) throws SQLException {
        Timestamp now = Database.utc(Instant.now());
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into staff_user (email, display_name, active, totp_enabled, created_at, version)"
                        + " values (?, ?, FALSE, FALSE, ?, 0)")) {
            for (int i = 1; i <= count; i++) {
                insert.setString(1, PREFIX + "staff-" + i + "@leadbureau.test");
                insert.setString(2, "Bulk Staff %03d".formatted(i));
                insert.setTimestamp(3, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Database.update("insert into staff_user_role (user_id, role) select id, 'STAFF' from staff_user"
                + " where email like '" + PREFIX + "%'");
    }

    /** Registrations for the first bulk training: every other one confirmed, the rest on its waitlist. */
    static void registrations(int count) throws SQLException {
        Timestamp now = Database.utc(Instant.now());
        try (Connection db = Database.connect(); PreparedStatement insert = db.prepareStatement(
                "insert into training_registration (training_id, name, email, organisation, role, jurisdiction, answers,"
                        + " status, waitlist_number, created_at, updated_at, version) select t.id, ?, ?,"
                        + " 'Bulk County', 'Clerk', 'Bulk County', '', ?, ?, ?, ?, 0 from training t where t.slug = ?")) {
            for (int i = 1; i <= count; i++) {
                boolean waitlisted = i % 2 == 0;
                insert.setString(1, "Bulk Registrant " + i);
                insert.setString(2, PREFIX + "registrant-" + i + "@leadbureau.test");
                insert.setString(3, waitlisted ? "WAITLISTED" : "CONFIRMED");
                if (waitlisted) {
                    insert.setLong(4, i);
                } else {
                    insert.setNull(4, Types.BIGINT);
                }
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.setString(7, PREFIX + "training-1");
                insert.executeUpdate(); // MariaDB cannot batch an INSERT ... SELECT
            }
        }
    }

    static void remove() throws SQLException {
        Database.update("delete from training_registration where email like '" + PREFIX + "%'");
        Database.update("delete from outbox_message where recipient like '" + PREFIX + "%'");
        Database.update("delete from audit_event where actor like '" + PREFIX + "%'");
        Database.update("delete from inquiry where reference like 'BULK-%'");
        Database.update("delete from site_visit_trainer where visit_id in"
                + " (select id from site_visit where ical_uid like '" + PREFIX + "%')");
        Database.update("delete from site_visit where ical_uid like '" + PREFIX + "%'");
        Database.update("delete from library_resource_topic where resource_id in"
                + " (select id from library_resource where slug like '" + PREFIX + "%')");
        Database.update("delete from library_resource where slug like '" + PREFIX + "%'");
        Database.update("delete from site where slug like '" + PREFIX + "%'");
        Database.update("delete from training where slug like '" + PREFIX + "%'");
        Database.update("delete from staff_user_role where user_id in"
                + " (select id from staff_user where email like '" + PREFIX + "%')");
        Database.update("delete from staff_user where email like '" + PREFIX + "%'");
    }
}
