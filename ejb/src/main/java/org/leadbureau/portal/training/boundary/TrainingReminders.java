package org.leadbureau.portal.training.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.persistence.DeploymentStarted;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.training.control.ReminderRule;
import org.leadbureau.portal.training.control.TrainingDocuments;
import org.leadbureau.portal.training.entity.Registration;

/**
 * A day before a training, reminds each confirmed registrant once ({@link ReminderRule}). Runs every quarter hour on
 * every node; the job lock and the "reminder sent" mark, committed together, keep it to one reminder per person.
 * The query narrows the candidates; the rule decides.
 */
@Stateless
public class TrainingReminders {

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
    void remind() {
        deploymentStarted.await();
        jobLocks.lock(JobLocks.TRAINING_REMINDERS);
        Instant now = clock.instant();
        em.createNamedQuery(Registration.FIND_DUE_REMINDERS, Registration.class)
                .setParameter("now", now)
                .setParameter("until", now.plus(ReminderRule.AHEAD))
                .getResultStream()
                .filter(registration -> ReminderRule.due(registration, now))
                .forEach(registration -> {
                    if (ReminderRule.remind(registration)) {
                        outbox.queue(documents.mail().reminder(registration, now));
                    }
                    registration.reminderSent(now);
                });
    }
}
