package org.leadbureau.portal.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.persistence.DeploymentStarted;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.training.control.ReminderRule;
import org.leadbureau.portal.training.control.TrainingDocuments;
import org.leadbureau.portal.training.entity.Registration;

/**
 * A day before a training, reminds each confirmed registrant once ({@link ReminderRule}). Runs every quarter hour on
 * every node; the job lock and the "reminder sent" mark, committed together, keep it to one reminder per person.
 * The query narrows the candidates; the rule decides. ADMIN can run it at once ({@link #remindNow}).
 */
@Stateless
public class TrainingReminders {

    /** At most this many registrants a run, nearest training first; a larger day is finished by the next runs. */
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLocks jobLocks;

    @Inject
    Outbox outbox;

    @Inject
    TrainingDocuments documents;

    @Inject
    DeploymentStarted deploymentStarted;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "training reminders")
    void scheduled() {
        deploymentStarted.await();
        remind();
    }

    /** Sends the reminders due now instead of at the next quarter-hour run (an operator after an outage). */
    @RolesAllowed(Roles.ADMIN)
    public Sent remindNow() {
        return remind();
    }

    /** How many registrants a run reminded. */
    public record Sent(int reminded) {
    }

    private Sent remind() {
        jobLocks.lock(JobLocks.TRAINING_REMINDERS);
        Instant now = clock.instant();
        List<Registration> due = em.createNamedQuery(Registration.FIND_DUE_REMINDERS, Registration.class)
                .setParameter("now", now)
                .setParameter("until", now.plus(ReminderRule.AHEAD))
                .setMaxResults(BATCH)
                .getResultList();
        int reminded = 0;
        for (Registration registration : due) {
            if (!ReminderRule.due(registration, now)) {
                continue;
            }
            if (ReminderRule.remind(registration)) {
                outbox.queue(documents.mail().reminder(registration, now));
                reminded++;
            }
            registration.reminderSent(now);
        }
        return new Sent(reminded);
    }
}
