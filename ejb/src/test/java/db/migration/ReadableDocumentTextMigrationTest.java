package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.persistence.MigrationPlaceholders;

/**
 * V29 extracts the stored text of Markdown and HTML documents again from their files, as a reader sees it, leaves
 * other kinds alone, and raises the changed rows' versions (so the start-up index check reindexes them).
 */
class ReadableDocumentTextMigrationTest {

    private static final String URL = "jdbc:h2:mem:readable;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void markdownAndHtmlTextIsDerivedAgainFromTheFilesAndTheirVersionsGoUp() throws SQLException {
        flyway("28").migrate();
        try (Connection connection = DriverManager.getConnection(URL)) {
            resource(connection, "housing", "housing.md", "## Housing first\n\n- **Is this** for everyone?\n- Yes\n",
                    "## Housing first - **Is this** for everyone? - Yes");
            resource(connection, "agreement", "agreement.html", "<html><body><h1>Sharing</h1><p>Only   what is\n   needed.</p></body></html>",
                    "Sharing\n    Only   what is needed.");
            resource(connection, "notes", "notes.txt", "# Plain text stays as it was", "# Plain text stays as it was");
        }

        flyway(null).migrate();

        try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement()) {
            assertEquals(List.of(
                    "agreement|Sharing\nOnly what is\nneeded.|Sharing\nOnly what is\nneeded.|1",
                    "housing|Housing first\n\nIs this for everyone? · Yes|Housing first\n\nIs this for everyone? · Yes|1",
                    "notes|# Plain text stays as it was|# Plain text stays as it was|0"),
                    rows(statement, "SELECT slug, extracted_text, text_opening, version FROM library_resource ORDER BY slug"));
        }
    }

    private static void resource(Connection connection, String slug, String fileName, String file, String oldText)
            throws SQLException {
        long fileId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO library_file (content) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setBytes(1, file.getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                fileId = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO library_resource (slug, title, summary,"
                + " resource_type, published_on, language, status, file_id, file_name, media_type, size_bytes, sha256,"
                + " extracted_text, text_opening, created_at, updated_at, version) VALUES (?, ?, 'S', 'GUIDE',"
                + " DATE '2025-01-01', 'en', 'PUBLISHED', ?, ?, 'text/plain', 1, 'x', ?, ?, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 0)")) {
            insert.setString(1, slug);
            insert.setString(2, slug);
            insert.setLong(3, fileId);
            insert.setString(4, fileName);
            insert.setString(5, oldText);
            insert.setString(6, oldText);
            insert.executeUpdate();
        }
    }

    private static List<String> rows(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(result.getString(i));
                }
                rows.add(String.join("|", values));
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
