package org.leadbureau.portal.library.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Imports the library seed at start-up, after the schema is migrated. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class LibrarySeedImport {

    @Inject
    LibraryImporter importer;

    @PostConstruct
    void importSeed() {
        importer.importSeed();
    }
}
