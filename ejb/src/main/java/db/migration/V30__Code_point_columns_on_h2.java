package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lengths count Unicode code points (an emoji is one character), and MariaDB's utf8mb4 VARCHAR(n) holds n of them;
 * H2 counts UTF-16 units instead, so a 200-character title with emoji would pass the portal's checks and then be
 * refused by the embedded database. On H2 only, every bounded text column gets room for twice its length (a code
 * point takes at most two units); the limits people meet stay the portal's own. Later migrations that add text
 * columns on H2 size them the same way, or accept that an emoji counts two there.
 */
public class V30__Code_point_columns_on_h2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        List<String> changes = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet columns = select.executeQuery("SELECT table_name, column_name, character_maximum_length"
                     + " FROM information_schema.columns WHERE table_schema = SCHEMA()"
                     + " AND LOWER(data_type) = 'character varying' AND table_name <> 'flyway_schema_history'")) {
            while (columns.next()) {
                changes.add("ALTER TABLE " + columns.getString(1) + " ALTER COLUMN " + columns.getString(2)
                        + " SET DATA TYPE VARCHAR(" + 2 * columns.getLong(3) + ")");
            }
        }
        try (Statement alter = connection.createStatement()) {
            for (String change : changes) {
                alter.execute(change);
            }
        }
    }
}
