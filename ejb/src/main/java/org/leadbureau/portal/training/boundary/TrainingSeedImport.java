package org.leadbureau.portal.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Imports the seed trainings at start-up, after the schema is migrated. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class TrainingSeedImport {

    @Inject
    TrainingImporter importer;

    @PostConstruct
    void importSeed() {
        importer.importTrainings();
    }
}
