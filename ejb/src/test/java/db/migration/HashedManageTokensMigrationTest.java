package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.persistence.MigrationPlaceholders;
import org.leadbureau.portal.platform.security.SecureTokens;

/**
 * Links sent before manage tokens were hashed keep working: V13 stores each token's hash as a link and drops the
 * token; a link mailed again before (V12) still holds back the next one for its hour.
 */
class HashedManageTokensMigrationTest {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String URL = "jdbc:h2:mem:links;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private static final String ANN_TOKEN = SecureTokens.newToken();
    private static final String BO_TOKEN = SecureTokens.newToken();
    private static final String BO_RESENT_HASH = SecureTokens.hash(SecureTokens.newToken());

    @Test
    void existingTokensBecomeHashedLinksAndThePlainColumnGoes() throws SQLException {
        flyway("12").migrate();
        try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO training (slug, ical_uid, title, description, topics, audience, format,"
                    + " starts_at, ends_at, zone, capacity, questions, status, sequence_number, created_at, updated_at,"
                    + " version) VALUES ('t', 'uid', 'T', '', '', '', 'VIRTUAL', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                    + " 'UTC', 10, '', 'PUBLISHED', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            register(statement, "ann@example.org", ANN_TOKEN, "2026-01-05 10:00:00");
            register(statement, "bo@example.org", BO_TOKEN, "2026-01-06 11:00:00");
            statement.execute("INSERT INTO registration_link (registration_id, token_hash, created_at) SELECT id, '"
                    + BO_RESENT_HASH + "', TIMESTAMP '2026-01-07 12:00:00' FROM training_registration"
                    + " WHERE email = 'bo@example.org'");
        }

        flyway(null).migrate();

        try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement()) {
            assertEquals(List.of(SecureTokens.hash(ANN_TOKEN) + " 2026-01-05 10:00:00"), links(statement, "ann@example.org"),
                    "the token's hash, made when the registration was");
            assertEquals(List.of(SecureTokens.hash(BO_TOKEN) + " 2026-01-06 11:00:00",
                    BO_RESENT_HASH + " 2026-01-07 12:00:00"), links(statement, "bo@example.org"));
            assertEquals(List.of("ann@example.org null", "bo@example.org 2026-01-07 12:00:00"), strings(statement,
                    "SELECT email, link_resent_at FROM training_registration ORDER BY email"));
            try (ResultSet columns = connection.getMetaData().getColumns(null, null, "training_registration", null)) {
                while (columns.next()) {
                    assertFalse(columns.getString("COLUMN_NAME").equalsIgnoreCase("manage_token"),
                            "no token is kept in the clear");
                }
            }
        }
    }

    private static void register(Statement statement, String email, String token, String at) throws SQLException {
        statement.execute("INSERT INTO training_registration (training_id, name, email, organisation, role,"
                + " jurisdiction, answers, status, manage_token, created_at, updated_at, version) SELECT id, 'Someone', '"
                + email + "', '', '', '', '', 'CONFIRMED', '" + token + "', TIMESTAMP '" + at + "', TIMESTAMP '" + at
                + "', 0 FROM training");
    }

    private static List<String> links(Statement statement, String email) throws SQLException {
        return strings(statement, "SELECT l.token_hash, l.created_at FROM registration_link l JOIN training_registration r"
                + " ON r.id = l.registration_id WHERE r.email = '" + email + "' ORDER BY l.created_at");
    }

    /** Each row's two columns, the second as "yyyy-MM-dd HH:mm:ss" or "null". */
    private static List<String> strings(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                LocalDateTime at = result.getObject(2, LocalDateTime.class);
                rows.add(result.getString(1) + " " + (at == null ? "null" : SECONDS.format(at)));
            }
        }
        return rows;
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(URL, null, null).locations("classpath:db/migration")
                .placeholders(MigrationPlaceholders.forDatabase("H2"));
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
