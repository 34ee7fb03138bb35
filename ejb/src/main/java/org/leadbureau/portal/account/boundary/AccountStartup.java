package org.leadbureau.portal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.retention.Retention;

/**
 * Makes sure, at every start, that there is an administrator or a way to create one, and that the audit log's
 * retention setting and the Bureau's time zone can be read.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AccountStartup {

    @Inject
    FirstAdministrator firstAdministrator;

    @PostConstruct
    void ensureAdministrator() {
        // A malformed PORTAL_AUDIT_RETENTION stops the start, saying why, instead of failing the hourly job.
        Retention.auditPeriod(PortalConfig.env(Retention.AUDIT_SETTING));
        PortalConfig.bureauZone();
        firstAdministrator.ensureAdministrator();
    }
}
