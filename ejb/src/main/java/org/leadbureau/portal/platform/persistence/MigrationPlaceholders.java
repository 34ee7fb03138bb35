package org.leadbureau.portal.platform.persistence;

import java.util.Map;

/**
 * The types that differ between the databases, filled into ${long_text} and ${long_binary} in migrations: what
 * Hibernate maps a {@code @Lob String} and a {@code @Lob byte[]} to. H2 in MariaDB mode would turn LONGTEXT into a
 * bounded VARCHAR. Its own class so that tests migrate a database the same way (an EJB has no static methods).
 */
public final class MigrationPlaceholders {

    private MigrationPlaceholders() {
    }

    public static Map<String, String> forDatabase(String databaseProduct) {
        boolean h2 = "H2".equals(databaseProduct);
        return Map.of("long_text", h2 ? "CLOB" : "LONGTEXT", "long_binary", h2 ? "BLOB" : "LONGBLOB");
    }
}
