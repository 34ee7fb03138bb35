package org.leadbureau.portal.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.hibernate.SessionFactory;

/**
 * Refuses a MariaDB with the default password, brings the schema up to date with Flyway before anything else
 * touches the database, then checks that the entity mapping agrees with it, so that a mismatch stops the
 * deployment instead of failing later.
 */
@Startup
@Singleton
// Flyway commits its own work; it must not run inside a container transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory emf;

    @PostConstruct
    void migrate() {
        DatabasePassword.refusal(databaseProduct(), PortalConfig.env("PORTAL_DB_PASSWORD")).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(longTypes(databaseProduct()))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    /**
     * The types that differ between the databases, filled into ${long_text} and ${long_binary} in migrations:
     * what Hibernate maps a {@code @Lob String} and a {@code @Lob byte[]} to. H2 in MariaDB mode would turn
     * LONGTEXT into a bounded VARCHAR.
     */
    public static Map<String, String> longTypes(String databaseProduct) {
        boolean h2 = "H2".equals(databaseProduct);
        return Map.of("long_text", h2 ? "CLOB" : "LONGTEXT", "long_binary", h2 ? "BLOB" : "LONGBLOB");
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
