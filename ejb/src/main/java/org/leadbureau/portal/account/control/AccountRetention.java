package org.leadbureau.portal.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.leadbureau.portal.account.entity.AuditEvent;
import org.leadbureau.portal.account.entity.SignInAttempt;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;
import org.leadbureau.portal.platform.retention.Removed;
import org.leadbureau.portal.platform.retention.Retention;
import org.leadbureau.portal.platform.retention.RetentionRule;

/**
 * Deletes sign-in attempts once the throttle's window no longer needs them, and audit events older than the
 * audit span ({@code PORTAL_AUDIT_RETENTION}, two years by default).
 */
@Dependent
public class AccountRetention implements RetentionRule {

    private static final Logger LOG = Logger.getLogger(AccountRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Removed> apply(Instant now) {
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
