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
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;
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
        DatabasePassword.refusal(databaseProduct(), PortalConfig.value(Setting.DB_PASSWORD)).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(MigrationPlaceholders.forDatabase(databaseProduct()))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
