package org.leadbureau.portal.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.leadbureau.portal.training.control.RegistrationLimits;

/** Checks the registration limits and imports the seed trainings at start-up, after the schema is migrated. */
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
        importer.importTrainings();
    }
}
