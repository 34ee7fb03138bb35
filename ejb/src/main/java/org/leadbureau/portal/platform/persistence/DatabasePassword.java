package org.leadbureau.portal.platform.persistence;

import java.util.Optional;

/**
 * The database password the server falls back on (configure.cli) when PORTAL_DB_PASSWORD is unset. It is fine for
 * the embedded H2 file, which only the server's own user can read, but a MariaDB server is reached over the
 * network: there the portal refuses to start with it.
 */
public final class DatabasePassword {

    static final String DEFAULT = "portal";

    private DatabasePassword() {
    }

    /**
     * Why the portal must not start, if it must not.
     *
     * @param databaseProduct what the JDBC driver calls the database ("H2", "MariaDB", "MySQL")
     * @param configured      PORTAL_DB_PASSWORD, empty when unset
     */
    public static Optional<String> refusal(String databaseProduct, Optional<String> configured) {
        boolean embedded = "H2".equalsIgnoreCase(databaseProduct);
        if (embedded || !configured.orElse(DEFAULT).equals(DEFAULT)) {
            return Optional.empty();
        }
        return Optional.of("The portal refuses to start on " + databaseProduct + " with the default database password"
                + " \"portal\". Give the database user a password of its own and set it in PORTAL_DB_PASSWORD.");
    }
}
