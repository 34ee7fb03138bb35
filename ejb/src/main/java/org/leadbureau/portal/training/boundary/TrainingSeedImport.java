package org.leadbureau.portal.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.training.control.RegistrationLimits;

/**
 * Checks the registration limits and imports the seed trainings at start-up, after the schema is migrated; the seeded
 * trainings are demo content, withdrawn when PORTAL_DEMO is off.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class TrainingSeedImport {

    @Inject
    TrainingImporter importer;

    @PostConstruct
    void importSeed() {
        // A malformed PORTAL_REGISTRATION_LIMITS stops the start, saying why, instead of failing registrations.
        RegistrationLimits.fromEnvironment();
        boolean demo = PortalConfig.demo();
        importer.importTrainings(demo);
        if (!demo) {
            importer.withdrawDemo();
        }
    }
}
