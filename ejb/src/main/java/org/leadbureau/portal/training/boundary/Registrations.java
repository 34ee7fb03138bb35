package org.leadbureau.portal.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.training.control.ManageTokens;
import org.leadbureau.portal.training.control.SeatKeeping;
import org.leadbureau.portal.training.control.Seats;
import org.leadbureau.portal.training.control.TrainingDocuments;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingStatus;

/**
 * Registering and cancelling, by the registrants themselves (no sign-in: the manage link's token is the key). The
 * training's row is locked first ({@link SeatKeeping}), so simultaneous registrations queue up one after the other
 * and the seat count they see is always the true one: never more confirmed than the capacity, and no errors.
 */
@Stateless
public class Registrations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    TrainingDocuments documents;

    @Inject
    SeatKeeping seats;

    @Inject
    Clock clock;

    public RegistrationOutcome register(@NotBlank String slug, @NotNull @Valid RegistrationForm form) {
        Training training = em.createNamedQuery(Training.FIND_BY_SLUG, Training.class)
                .setParameter("slug", slug)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(found -> found.getStatus() != TrainingStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("There is no training '" + slug + "'."));
        Instant now = clock.instant();
        training.registrationRefusal(now).ifPresent(reason -> {
            throw new RefusedException(reason);
        });
        String email = form.getEmail().strip().toLowerCase(Locale.ROOT);
        Optional<Registration> existing = em.createNamedQuery(Registration.FIND_LIVE_BY_EMAIL, Registration.class)
                .setParameter("training", training)
                .setParameter("email", email)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            outbox.queue(documents.mail().alreadyRegistered(existing.get()));
            throw new AlreadyRegisteredException("This email address is already registered for \"" + training.getTitle()
                    + "\". We have sent the link to the registration to it again.");
        }

        String token = ManageTokens.next();
        Registration registration;
        if (Seats.admit(training.getCapacity(), seats.seated(training)) == RegistrationStatus.CONFIRMED) {
            registration = Registration.confirmed(training, form.registrant(), token, now);
            em.persist(registration);
            outbox.queue(documents.mail().confirmed(registration, now));
            return new RegistrationOutcome(RegistrationStatus.CONFIRMED, null, token);
        }
        registration = Registration.waitlisted(training, form.registrant(), token, nextWaitlistNumber(training), now);
        em.persist(registration);
        int position = waitlistPosition(registration);
        outbox.queue(documents.mail().waitlisted(registration, position));
        return new RegistrationOutcome(RegistrationStatus.WAITLISTED, position, token);
    }

    /** Cancels the registration the token belongs to; a freed seat goes to the first on the waitlist. */
    public RegistrationStatus cancel(@NotBlank String token) {
        Registration registration = findByToken(token)
                .orElseThrow(() -> new NotFoundException("There is no registration with this link."));
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return RegistrationStatus.CANCELLED;
        }
        if (registration.getStatus() == RegistrationStatus.ATTENDED) {
            throw new RefusedException("You attended this training, so the registration can no longer be cancelled.");
        }
        seats.lock(registration.getTraining());
        em.refresh(registration);
        seats.cancel(registration, clock.instant());
        return registration.getStatus();
    }

    public Optional<Registration> findByToken(String token) {
        return em.createNamedQuery(Registration.FIND_BY_TOKEN, Registration.class)
                .setParameter("token", token)
                .getResultStream().findFirst();
    }

    /** The registrant's place on the waitlist (1 is next), or 0 when not waitlisted. */
    public int waitlistPosition(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            return 0;
        }
        return em.createNamedQuery(Registration.WAITLIST_POSITION, Long.class)
                .setParameter("training", registration.getTraining())
                .setParameter("number", registration.getWaitlistNumber())
                .getSingleResult().intValue();
    }

    private long nextWaitlistNumber(Training training) {
        Long max = em.createNamedQuery(Registration.MAX_WAITLIST_NUMBER, Long.class)
                .setParameter("training", training)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
