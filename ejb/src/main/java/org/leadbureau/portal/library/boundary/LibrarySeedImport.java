package org.leadbureau.portal.library.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.leadbureau.portal.platform.config.PortalConfig;

/** Imports the library seed at start-up, after the schema is migrated; example documents only with PORTAL_DEMO. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class LibrarySeedImport {

    @Inject
    LibraryImporter importer;

    @PostConstruct
    void importSeed() {
        boolean demo = PortalConfig.demo();
        importer.importSeed(demo);
        if (!demo) {
            importer.withdrawDemo();
        }
    }
}
