package org.leadbureau.portal.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.calendar.CalendarMethod;
import org.leadbureau.portal.training.control.SeatKeeping;
import org.leadbureau.portal.training.control.TrainingDocuments;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingStatus;

/** What the public reads about trainings: the upcoming ones with their seats, one training, its calendar. */
@Stateless
public class Trainings {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingDocuments documents;

    @Inject
    SeatKeeping seats;

    @Inject
    Registrations registrations;

    @Inject
    Clock clock;

    /** The most upcoming trainings a list holds: far more than the Bureau ever schedules at once. */
    public static final int UPCOMING_CAP = 1_000;

    /** Published trainings that have not ended, soonest first, at most {@link #UPCOMING_CAP}. */
    public List<TrainingSummary> upcoming() {
        Instant now = clock.instant();
        List<Training> upcoming = em.createNamedQuery(Training.FIND_UPCOMING, Training.class)
                .setParameter("status", TrainingStatus.PUBLISHED)
                .setParameter("now", now)
                .setMaxResults(UPCOMING_CAP)
                .getResultList();
        return TrainingSummary.of(upcoming, seats.seatedPerTraining(upcoming), now);
    }

    /** A published or cancelled training (drafts are not public). */
    public Optional<TrainingSummary> find(String slug) {
        return findPublic(slug).map(training -> new TrainingSummary(training, seats.seated(training), clock.instant()));
    }

    /** The public iCalendar (METHOD:PUBLISH) of a training. */
    public String calendar(String slug) {
        Training training = findPublic(slug).orElseThrow(() -> new NotFoundException(Wording.of("training.notFound", slug)));
        return documents.calendar().publish(training, clock.instant());
    }

    /** The invitation (with the join link) of a confirmed registrant; empty for anyone else. */
    public Optional<String> invitation(String token) {
        return registrations.findByToken(token)
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED)
                .map(registration -> documents.calendar().invitation(registration, CalendarMethod.REQUEST, clock.instant()));
    }

    private Optional<Training> findPublic(String slug) {
        return em.createNamedQuery(Training.FIND_BY_SLUG, Training.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .filter(training -> training.getStatus() != TrainingStatus.DRAFT);
    }
}
