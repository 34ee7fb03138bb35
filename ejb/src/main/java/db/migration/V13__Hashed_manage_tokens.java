package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.leadbureau.portal.platform.security.SecureTokens;

/**
 * Registrants' first manage tokens leave {@code training_registration}, where they were kept in the clear: each
 * becomes a {@code registration_link} under its SHA-256 hash (V12), so links already sent keep working and no token
 * stays readable in the database. A Java migration because H2 and MariaDB spell SHA-256 in SQL differently; the
 * hash is the portal's own.
 *
 * <p>Every message now carries a link of its own, so the hourly limit on links mailed to someone who registers
 * again can no longer read the newest link's time: it gets a column, filled from the links V12 mailed that way.
 */
public class V13__Hashed_manage_tokens extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE training_registration ADD COLUMN link_resent_at DATETIME(6)");
            statement.execute("UPDATE training_registration SET link_resent_at = (SELECT MAX(l.created_at)"
                    + " FROM registration_link l WHERE l.registration_id = training_registration.id)");
        }
        try (Statement select = connection.createStatement();
             ResultSet registrations = select.executeQuery(
                     "SELECT id, manage_token, created_at FROM training_registration");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO registration_link (registration_id, token_hash, created_at) VALUES (?, ?, ?)")) {
            while (registrations.next()) {
                insert.setLong(1, registrations.getLong(1));
                insert.setString(2, SecureTokens.hash(registrations.getString(2)));
                insert.setObject(3, registrations.getObject(3, LocalDateTime.class));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE training_registration DROP COLUMN manage_token");
        }
    }
}
