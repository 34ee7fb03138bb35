package org.leadbureau.portal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Makes sure, at every start, that there is an administrator or a way to create one.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AccountStartup {

    @Inject
    FirstAdministrator firstAdministrator;

    @PostConstruct
    void ensureAdministrator() {
        firstAdministrator.ensureAdministrator();
    }
}
