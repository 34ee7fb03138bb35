package org.leadbureau.portal.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.Training;

/**
 * The seats of trainings, for the boundaries that change or show them (registrants', staff's and the public
 * listing). Every change to a training's seats happens with its row locked ({@link #lock}), so simultaneous
 * changes queue up and the count they see is the true one: never more confirmed than the capacity.
 */
@ApplicationScoped
public class SeatKeeping {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    TrainingDocuments documents;

    /** Locks (and re-reads) the training's row: the lock that serialises every change to its seats. */
    public void lock(Training training) {
        em.refresh(training, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Cancels a live registration whose training's seats are locked, and fills the freed seat. */
    public void cancel(Registration registration, Instant now) {
        if (!registration.getStatus().isLive()) {
            throw new RefusedException("This registration is " + registration.getStatus().name().toLowerCase(Locale.ROOT)
                    + ", so it cannot be cancelled.");
        }
        boolean freedSeat = registration.cancel(now);
        outbox.queue(documents.mail().cancelled(registration, freedSeat, now));
        if (freedSeat) {
            fillFreeSeats(registration.getTraining(), now);
        }
    }

    /** Gives free seats to the waitlist in order, telling each person promoted. Needs the seats locked. */
    public void fillFreeSeats(Training training, Instant now) {
        var waitlist = em.createNamedQuery(Registration.FIND_WAITLIST, Registration.class)
                .setParameter("training", training)
                .getResultList();
        for (Registration promoted : Seats.toPromote(training.getCapacity(), seated(training), waitlist)) {
            promoted.promote(now);
            outbox.queue(documents.mail().promoted(promoted, now));
        }
    }

    /** Seats taken in each of the given trainings, by id (one without any is missing); only those are counted. */
    public Map<Long, Long> seatedPerTraining(Collection<Training> trainings) {
        Map<Long, Long> seated = new HashMap<>();
        if (trainings.isEmpty()) {
            return seated;
        }
        em.createNamedQuery(Registration.COUNT_SEATED_PER_TRAINING, Object[].class)
                .setParameter("trainings", trainings)
                .getResultList()
                .forEach(row -> seated.put((Long) row[0], (Long) row[1]));
        return seated;
    }

    /** Seats taken: confirmed and attended registrations. */
    public long seated(Training training) {
        return em.createNamedQuery(Registration.COUNT_SEATED, Long.class)
                .setParameter("training", training)
                .getSingleResult();
    }
}
