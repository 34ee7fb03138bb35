package org.leadbureau.portal.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Imports the seed content at start-up, after the schema is migrated. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class SeedImport {

    @Inject
    ContentImporter importer;

    @PostConstruct
    void importSeed() {
        importer.importPages();
    }
}
