package org.leadbureau.portal.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.leadbureau.portal.account.control.SignInThrottle;
import org.leadbureau.portal.account.entity.AuditEvent;
import org.leadbureau.portal.account.entity.SignInAttempt;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.retention.Removed;
import org.leadbureau.portal.platform.retention.Retention;
import org.leadbureau.portal.platform.security.Roles;

/**
 * Deletes sign-in attempts once the throttle's window no longer needs them, and audit events older than the
 * audit span ({@code PORTAL_AUDIT_RETENTION}, two years by default). Hourly on every node; the job lock makes
 * one node do it.
 */
@Stateless
public class AccountRetention {

    private static final Logger LOG = Logger.getLogger(AccountRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLocks jobLocks;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "41", persistent = false, info = "account retention")
    void hourly() {
        prune();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<Removed> pruneNow() {
        return prune();
    }

    private List<Removed> prune() {
        jobLocks.lock(JobLocks.RETENTION);
        Instant now = clock.instant();
        int attempts = em.createNamedQuery(SignInAttempt.DELETE_BEFORE)
                .setParameter("before", Retention.cutOff(now, SignInThrottle.WINDOW))
                .executeUpdate();
        Instant auditCutOff = Retention.cutOff(now, Retention.auditPeriod(PortalConfig.value(Setting.AUDIT_RETENTION)));
        int events = em.createNamedQuery(AuditEvent.DELETE_BEFORE)
                .setParameter("before", auditCutOff)
                .executeUpdate();
        if (attempts + events > 0) {
            LOG.info(() -> "Retention: deleted " + attempts + " sign-in attempts older than "
                    + SignInThrottle.WINDOW.toMinutes() + " minutes and " + events + " audit events from before "
                    + auditCutOff);
        }
        return List.of(new Removed("signInAttempts", attempts), new Removed("auditEvents", events));
    }
}
