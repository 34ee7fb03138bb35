package org.leadbureau.portal.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.evaluation.control.Invitations;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.platform.text.Slugs;
import org.leadbureau.portal.sites.boundary.Sites;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.training.control.RosterCsv;
import org.leadbureau.portal.training.control.RosterFilter;
import org.leadbureau.portal.training.control.RosterQueries;
import org.leadbureau.portal.training.control.RosterRow;
import org.leadbureau.portal.training.control.SeatKeeping;
import org.leadbureau.portal.training.control.Seats;
import org.leadbureau.portal.training.control.TrainingDocuments;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.training.entity.TrainingStatus;

/**
 * Staff run trainings: create, change, publish, cancel, and the roster (promote by hand, check in, cancel). Changes
 * that registrants should know about are mailed to them; seat changes hold the training's row lock, as registering does.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class TrainingAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    SeatKeeping seats;

    @Inject
    Outbox outbox;

    @Inject
    TrainingDocuments documents;

    @Inject
    AuditLog auditLog;

    @Inject
    RosterQueries rosterQueries;

    @Inject
    JobLocks jobLocks;

    @Inject
    Invitations evaluations;

    @Inject
    Sites sites;

    @Inject
    Clock clock;

    /** One page of the trainings, whatever their status, latest first, with their seats. */
    public Page<TrainingSummary> page(@NotNull PageRequest page) {
        return new Page<>(rows(page), count(), page);
    }

    /** The rows of one page alone, for a table that counts separately. */
    public List<TrainingSummary> rows(@NotNull PageRequest page) {
        Instant now = clock.instant();
        List<Training> trainings = em.createNamedQuery(Training.FIND_ALL, Training.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return TrainingSummary.of(trainings, seats.seatedPerTraining(trainings), now);
    }

    /** How many trainings there are, whatever their status. */
    public long count() {
        return em.createQuery("select count(t) from Training t", Long.class).getSingleResult();
    }

    /** One training with its seats. */
    public TrainingSummary summary(@NotBlank String slug) {
        Training training = find(slug);
        return new TrainingSummary(training, seats.seated(training), clock.instant());
    }

    public Training find(@NotBlank String slug) {
        return em.createNamedQuery(Training.FIND_BY_SLUG, Training.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no training '" + slug + "'."));
    }

    public Training create(@NotNull @Valid TrainingForm form) {
        Instant now = clock.instant();
        var training = new Training(uniqueSlug(form.getTitle()), form.details(), now);
        em.persist(training);
        applyStatus(training, form.getStatus(), now);
        auditLog.record(Action.TRAINING_CREATED, "training " + training.getSlug(), training.getTitle());
        return training;
    }

    /** Changes a training; registrants hear of it, and added seats go to the waitlist. */
    public Training update(@NotBlank String slug, @NotNull @Valid TrainingForm form) {
        Training training = locked(slug);
        Instant now = clock.instant();
        if (training.getStatus() == TrainingStatus.CANCELLED) {
            throw new RefusedException("This training was cancelled; it can no longer be changed.");
        }
        if (training.update(form.details(), now) && form.getStatus() != TrainingStatus.CANCELLED) {
            live(training).forEach(registration -> outbox.queue(documents.mail().changed(registration, now)));
        }
        applyStatus(training, form.getStatus(), now);
        if (training.getStatus() == TrainingStatus.PUBLISHED) {
            seats.fillFreeSeats(training, now);
        }
        auditLog.record(Action.TRAINING_CHANGED, "training " + slug, "Status " + training.getStatus());
        return training;
    }

    public Training publish(@NotBlank String slug) {
        Training training = locked(slug);
        applyStatus(training, TrainingStatus.PUBLISHED, clock.instant());
        auditLog.record(Action.TRAINING_PUBLISHED, "training " + slug, null);
        return training;
    }

    /** Cancels the training and every live registration with it, telling each registrant. */
    public Training cancel(@NotBlank String slug) {
        Training training = locked(slug);
        applyStatus(training, TrainingStatus.CANCELLED, clock.instant());
        auditLog.record(Action.TRAINING_CANCELLED, "training " + slug, null);
        return training;
    }

    /** One page of the roster the filter lets through, each waitlisted person with their place in line. */
    public Page<RosterRow> roster(@NotBlank String slug, @NotNull RosterFilter filter, @NotNull PageRequest page) {
        return rosterQueries.page(find(slug), filter, page);
    }

    /** How many registrations of the training have each status. */
    public Map<RegistrationStatus, Long> rosterCounts(@NotBlank String slug) {
        return rosterQueries.counts(find(slug));
    }

    /** A registration of the training, or null. */
    public Registration registration(@NotBlank String slug, long id) {
        Registration registration = em.find(Registration.class, id);
        return registration != null && registration.getTraining().getSlug().equals(slug) ? registration : null;
    }

    /** The most registrations one roster export holds. */
    public static final int EXPORT_CAP = 5_000;

    /** The roster as CSV, as filtered; the audit log records who took which part of whose personal data. */
    public String exportRoster(@NotBlank String slug, @NotNull RosterFilter filter) {
        Training training = find(slug);
        if (rosterQueries.count(training, filter) > EXPORT_CAP) {
            throw new RefusedException("More than " + EXPORT_CAP + " registrations match: narrow the filter (status or"
                    + " text), or read the roster a page at a time (page=1&size=" + PageRequest.MAX_SIZE + ").");
        }
        List<Registration> rows = rosterQueries.first(training, filter, EXPORT_CAP);
        auditLog.record(Action.DATA_EXPORTED, "training " + slug,
                "Roster CSV, " + filter.describe() + ": " + rows.size() + (rows.size() == 1 ? " row" : " rows"));
        return RosterCsv.write(rows);
    }

    /**
     * Moves a waitlisted person into a seat by staff decision, out of turn. When the training is full, it gains the
     * seat (its capacity rises by one), so the seat count stays true.
     */
    public Registration promoteByHand(long registrationId) {
        Registration registration = lockedRegistration(registrationId);
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            throw new RefusedException("Only someone on the waitlist can be moved into a seat.");
        }
        Training training = registration.getTraining();
        Instant now = clock.instant();
        if (Seats.left(training.getCapacity(), seats.seated(training)) == 0) {
            training.addSeat(now);
        }
        registration.promote(now);
        outbox.queue(documents.mail().promoted(registration, now));
        audit(Action.SEAT_GIVEN, registration);
        return registration;
    }

    public Registration checkIn(long registrationId) {
        Registration registration = lockedRegistration(registrationId);
        try {
            registration.attend(clock.instant());
        } catch (IllegalStateException e) {
            throw new RefusedException("Only a confirmed registration can be checked in.");
        }
        evaluations.inviteIfEnded(registration);
        audit(Action.CHECKED_IN, registration);
        return registration;
    }

    /** Takes back a check-in made by mistake; the person keeps their seat. */
    public Registration undoCheckIn(long registrationId) {
        Registration registration = lockedRegistration(registrationId);
        try {
            registration.undoAttend(clock.instant());
        } catch (IllegalStateException e) {
            throw new RefusedException("Only someone checked in can have their check-in undone.");
        }
        audit(Action.CHECK_IN_UNDONE, registration);
        return registration;
    }

    public Registration cancelRegistration(long registrationId) {
        Registration registration = lockedRegistration(registrationId);
        seats.cancel(registration, clock.instant());
        audit(Action.REGISTRATION_CANCELLED, registration);
        return registration;
    }

    /**
     * Corrects which site of the directory a registrant comes from ({@code siteSlug} blank: none), so that the
     * training counts in that site's record.
     */
    public Registration placeRegistration(long registrationId, String siteSlug) {
        Site site = siteSlug == null || siteSlug.isBlank() ? null : sites.find(siteSlug.strip())
                .orElseThrow(() -> new InvalidInputException("site", "Choose a site of the directory from the list."));
        Registration registration = lockedRegistration(registrationId);
        registration.placeAt(site, clock.instant());
        auditLog.record(Action.REGISTRATION_SITE_CHANGED, "training " + registration.getTraining().getSlug(),
                "Registration " + registration.getId() + ": " + (site == null ? "no site" : "site " + site.getSlug()));
        return registration;
    }

    private void audit(Action action, Registration registration) {
        auditLog.record(action, "training " + registration.getTraining().getSlug(), "Registration " + registration.getId());
    }

    private void applyStatus(Training training, TrainingStatus status, Instant now) {
        if (status == null || status == training.getStatus()) {
            return;
        }
        switch (status) {
            case PUBLISHED -> training.publish(now);
            case CANCELLED -> {
                training.cancel(now);
                for (Registration registration : live(training)) {
                    boolean hadSeat = registration.cancel(now);
                    outbox.queue(documents.mail().trainingCancelled(registration, hadSeat, now));
                }
            }
            case DRAFT -> throw new RefusedException("A published training cannot go back to draft; cancel it instead.");
        }
    }

    private List<Registration> live(Training training) {
        return em.createNamedQuery(Registration.FIND_LIVE_BY_TRAINING, Registration.class)
                .setParameter("training", training)
                .getResultList();
    }

    private Training locked(String slug) {
        Training training = find(slug);
        seats.lock(training);
        return training;
    }

    private Registration lockedRegistration(long id) {
        Registration registration = em.find(Registration.class, id);
        if (registration == null) {
            throw new NotFoundException("There is no registration " + id + ".");
        }
        seats.lock(registration.getTraining());
        em.refresh(registration);
        return registration;
    }

    private String uniqueSlug(String title) {
        jobLocks.lock(JobLocks.NEW_SLUG);
        return Slugs.unique(Slugs.of(title, 90), slug -> !em.createNamedQuery(Training.FIND_BY_SLUG, Training.class)
                .setParameter("slug", slug).getResultList().isEmpty());
    }
}
