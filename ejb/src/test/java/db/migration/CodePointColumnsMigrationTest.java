package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.persistence.MigrationPlaceholders;

/** On H2, whose VARCHAR(n) counts UTF-16 units, V30 makes room for n characters of any kind, emoji included. */
class CodePointColumnsMigrationTest {

    private static final String URL = "jdbc:h2:mem:codepoints;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void aColumnOfTwoHundredHoldsTwoHundredEmojiAndKeepsItsRules() throws SQLException {
        Flyway.configure().dataSource(URL, null, null).locations("classpath:db/migration")
                .placeholders(MigrationPlaceholders.forDatabase("H2")).load().migrate();

        try (Connection connection = DriverManager.getConnection(URL)) {
            String emoji = "🙂".repeat(64);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO portal_setting (name, setting_value) VALUES (?, ?)")) {
                insert.setString(1, emoji);
                insert.setString(2, "🚀".repeat(255));
                assertEquals(1, insert.executeUpdate());
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT is_nullable, character_maximum_length FROM information_schema.columns"
                            + " WHERE table_name = 'library_resource' AND column_name = 'title'");
                 ResultSet column = select.executeQuery()) {
                column.next();
                assertEquals("NO", column.getString(1), "still required");
                assertEquals(400, column.getLong(2));
            }
        }
    }
}
