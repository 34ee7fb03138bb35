package org.leadbureau.portal.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.i18n.Language;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.limits.FormLimits;
import org.leadbureau.portal.platform.limits.FormSubmissions;
import org.leadbureau.portal.platform.metrics.PortalMetrics;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.platform.rules.TooManyRequestsException;
import org.leadbureau.portal.sites.boundary.Sites;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.training.control.ManageLinks;
import org.leadbureau.portal.training.control.RegistrationLimits;
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

    static final Duration FRESH_LINK_INTERVAL = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    TrainingDocuments documents;

    @Inject
    FormSubmissions submissions;

    @Inject
    ManageLinks links;

    @Inject
    SeatKeeping seats;

    @Inject
    Sites sites;

    @Inject
    Clock clock;

    @Inject
    PortalMetrics metrics;

    private FormLimits limits;

    @PostConstruct
    void readLimits() {
        limits = RegistrationLimits.fromEnvironment();
    }

    /**
     * @param language the language of the page or request the person registered with: their mails are written in it
     * @throws TooManyRequestsException over {@link RegistrationLimits}; a registration refused for any reason but
     *                                  "already registered" does not count
     */
    public RegistrationOutcome register(@NotBlank String slug, @NotNull @Valid RegistrationForm form,
                                        @NotNull Language language) {
        submissions.admit(RegistrationLimits.FORM, limits, true, Wording.of("limits.registrations"));
        Site site = siteOf(form);
        Training training = em.createNamedQuery(Training.FIND_BY_SLUG, Training.class)
                .setParameter("slug", slug)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(found -> found.getStatus() != TrainingStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException(Wording.of("training.notFound", slug)));
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
            boolean sent = sendFreshLink(existing.get(), now);
            throw new AlreadyRegisteredException(Wording.of(sent ? "registration.already.linkSent"
                    : "registration.already.linkRecent", email, training.getTitle()));
        }

        Registration registration;
        if (Seats.admit(training.getCapacity(), seats.seated(training)) == RegistrationStatus.CONFIRMED) {
            registration = Registration.confirmed(training, form.registrant(), now);
            registration.placeAt(site, now);
            registration.speaks(language);
            em.persist(registration);
            outbox.queue(documents.mail().confirmed(registration, now));
            metrics.registered(RegistrationStatus.CONFIRMED);
            return new RegistrationOutcome(RegistrationStatus.CONFIRMED, null, links.issue(registration),
                    registration.getEmail());
        }
        registration = Registration.waitlisted(training, form.registrant(), nextWaitlistNumber(training), now);
        registration.placeAt(site, now);
        registration.speaks(language);
        em.persist(registration);
        int position = waitlistPosition(registration);
        outbox.queue(documents.mail().waitlisted(registration, position));
        metrics.registered(RegistrationStatus.WAITLISTED);
        return new RegistrationOutcome(RegistrationStatus.WAITLISTED, position, links.issue(registration),
                registration.getEmail());
    }

    /** The directory's site the registrant chose, or null when they chose none. */
    private Site siteOf(RegistrationForm form) {
        String slug = form.getSite();
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return sites.find(slug.strip()).orElseThrow(() -> new InvalidInputException("site",
                Wording.of("registration.site.unknown", slug.strip())));
    }

    /** Cancels the registration the token belongs to; a freed seat goes to the first on the waitlist. */
    public RegistrationStatus cancel(@NotBlank String token) {
        Registration registration = findByToken(token)
                .orElseThrow(() -> new NotFoundException(Wording.of("registration.notFound")));
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return RegistrationStatus.CANCELLED;
        }
        if (registration.getStatus() == RegistrationStatus.ATTENDED) {
            throw new RefusedException(Wording.of("registration.attended"));
        }
        seats.lock(registration.getTraining());
        em.refresh(registration);
        seats.cancel(registration, clock.instant());
        return registration.getStatus();
    }

    /** The registration of any manage link sent for it. */
    public Optional<Registration> findByToken(String token) {
        return links.find(token);
    }

    /**
     * Mails the registrant a new manage link (earlier ones keep working), unless one went out for this reason within
     * {@link #FRESH_LINK_INTERVAL}.
     */
    private boolean sendFreshLink(Registration registration, Instant now) {
        if (!registration.resendLink(now, FRESH_LINK_INTERVAL)) {
            return false;
        }
        outbox.queue(documents.mail().alreadyRegistered(registration));
        return true;
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
