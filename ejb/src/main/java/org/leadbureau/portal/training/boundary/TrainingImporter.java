package org.leadbureau.portal.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.training.control.TrainingSeed;
import org.leadbureau.portal.training.control.TrainingSeedReader;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.Training;

/**
 * Imports the seed trainings, dated relative to the day of the import and published. Idempotent: a training
 * whose slug exists is left alone (staff may have changed it, people may have registered). The seeded trainings are
 * made-up examples: they load only with PORTAL_DEMO, and without it they are withdrawn ({@link #withdrawDemo}).
 */
@Stateless
public class TrainingImporter {

    private static final Logger LOG = Logger.getLogger(TrainingImporter.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLocks jobLocks;

    @Inject
    Clock clock;

    public int importTrainings(boolean demo) {
        // Several nodes may start at once: the lock makes them import one after the other.
        jobLocks.lock(JobLocks.TRAINING_IMPORT);
        Instant now = clock.instant();
        int created = 0;
        for (TrainingSeed seed : new TrainingSeedReader(TrainingImporter.class.getClassLoader()).readAll()) {
            if (seed.demo() && !demo) {
                continue;
            }
            boolean exists = !em.createNamedQuery(Training.FIND_BY_SLUG, Training.class)
                    .setParameter("slug", seed.slug()).getResultList().isEmpty();
            if (!exists) {
                var training = new Training(seed.slug(), seed.details(LocalDate.ofInstant(now, seed.zone())), now);
                training.publish(now);
                if (seed.demo()) {
                    training.markDemo();
                }
                em.persist(training);
                created++;
            }
        }
        int imported = created;
        LOG.info(() -> "Seed trainings imported: " + imported + " new");
        return created;
    }

    /**
     * Demo content turned off: a demo training someone registered for stays, unpublished and marked, for staff to
     * see its roster; the others are removed. Returns how many were removed.
     */
    public int withdrawDemo() {
        jobLocks.lock(JobLocks.TRAINING_IMPORT);
        Instant now = clock.instant();
        int removed = 0;
        for (Training training : em.createNamedQuery(Training.FIND_DEMO, Training.class).getResultList()) {
            long registrations = em.createNamedQuery(Registration.COUNT_ALL, Long.class)
                    .setParameter("training", training).getSingleResult();
            if (registrations > 0) {
                training.unpublish(now);
            } else {
                em.remove(training);
                removed++;
            }
        }
        int withdrawn = removed;
        LOG.info(() -> "Demo trainings withdrawn (PORTAL_DEMO is off): " + withdrawn + " removed");
        return removed;
    }
}
