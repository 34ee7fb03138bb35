package org.leadbureau.portal.platform.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.leadbureau.portal.platform.persistence.DeploymentStarted;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.security.Roles;

/**
 * Applies every feature's {@link RetentionRule} hourly on every node (the job lock makes one node do it), and at
 * once when an administrator asks. Features add rules; this is the one schedule and the one lock.
 */
@Stateless
public class RetentionJobs {

    @Inject
    @Any
    Instance<RetentionRule> rules;

    @Inject
    DeploymentStarted deploymentStarted;

    @Inject
    JobLocks jobLocks;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "41", persistent = false, info = "retention")
    void hourly() {
        deploymentStarted.await();
        apply();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<Removed> applyNow() {
        return apply();
    }

    private List<Removed> apply() {
        jobLocks.lock(JobLocks.RETENTION);
        Instant now = clock.instant();
        return rules.stream().flatMap(rule -> rule.apply(now).stream()).toList();
    }
}
