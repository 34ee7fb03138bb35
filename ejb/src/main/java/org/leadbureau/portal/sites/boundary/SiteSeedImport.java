package org.leadbureau.portal.sites.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Imports the seed sites at start-up, after the schema is migrated and the content pages are in. */
@Startup
@Singleton
@DependsOn("SeedImport")
public class SiteSeedImport {

    @Inject
    SiteSeed seed;

    @PostConstruct
    void importSeed() {
        seed.importSeed();
    }
}
