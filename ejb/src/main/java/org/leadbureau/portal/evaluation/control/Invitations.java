package org.leadbureau.portal.evaluation.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.leadbureau.portal.evaluation.entity.Evaluation;
import org.leadbureau.portal.mail.boundary.Outbox;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.VisitParticipant;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * Invites people to evaluate, in the caller's transaction: each attendee of an ended training, and the site contact
 * and participants of a completed visit, once each (the database's unique keys hold that across nodes). Each
 * message carries a fresh link and is queued with the evaluation's expiry, after which retention drops its body.
 */
@ApplicationScoped
public class Invitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationLinks links;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    private EvaluationMail mail;

    @PostConstruct
    void init() {
        mail = new EvaluationMail(PortalConfig.baseUrl());
    }

    /** Up to {@code batch} attendees of trainings that ended (within the evaluations' validity) still uninvited. */
    public int inviteAttendees(int batch) {
        Instant now = clock.instant();
        List<Registration> due = em.createQuery("select r from Registration r join r.training t"
                        + " where r.status = :attended and t.endsAt <= :now and t.endsAt > :since and t.demo = false"
                        + " and t.status <> org.leadbureau.portal.training.entity.TrainingStatus.CANCELLED"
                        + " and not exists (select e.id from Evaluation e where e.registration = r) order by r.id",
                        Registration.class)
                .setParameter("attended", RegistrationStatus.ATTENDED)
                .setParameter("now", now)
                .setParameter("since", now.minus(Evaluation.VALIDITY))
                .setMaxResults(batch)
                .getResultList();
        due.forEach(registration -> invite(Evaluation.ofTraining(registration, now)));
        return due.size();
    }

    /** Someone checked in after the training ended gets their link at once rather than at the next run. */
    public void inviteIfEnded(Registration registration) {
        Instant now = clock.instant();
        if (registration.getStatus() == RegistrationStatus.ATTENDED && !registration.getTraining().getEndsAt().isAfter(now)
                && em.createQuery("select count(e) from Evaluation e where e.registration = :r", Long.class)
                .setParameter("r", registration).getSingleResult() == 0) {
            invite(Evaluation.ofTraining(registration, now));
        }
    }

    /** A visit was completed: its site contact and every participant. */
    public void inviteVisit(SiteVisit visit) {
        Instant now = clock.instant();
        invite(Evaluation.ofVisit(visit, visit.getContactName(), visit.getContactEmail().toLowerCase(Locale.ROOT), now));
        em.createNamedQuery(VisitParticipant.FIND_FOR_VISIT, VisitParticipant.class)
                .setParameter("id", visit.getId())
                .setMaxResults(VisitParticipant.MAX_PER_VISIT)
                .getResultStream()
                .filter(participant -> !participant.getEmail().equalsIgnoreCase(visit.getContactEmail()))
                .forEach(participant -> invite(Evaluation.ofVisit(visit, participant.getName(), participant.getEmail(), now)));
    }

    /** A participant added to a visit that is already completed is invited straight away. */
    public void inviteLateParticipant(VisitParticipant participant) {
        SiteVisit visit = participant.getVisit();
        if (visit.getStatus() == VisitStatus.COMPLETED && !participant.getEmail().equalsIgnoreCase(visit.getContactEmail())) {
            invite(Evaluation.ofVisit(visit, participant.getName(), participant.getEmail(), clock.instant()));
        }
    }

    /** Up to {@code batch} reminders that are due ({@link ReminderRule}). */
    public int remind(int batch) {
        Instant now = clock.instant();
        List<Evaluation> due = em.createNamedQuery(Evaluation.FIND_DUE_REMINDERS, Evaluation.class)
                .setParameter("cutoff", now.minus(ReminderRule.AFTER))
                .setParameter("now", now)
                .setMaxResults(batch)
                .getResultList()
                .stream().filter(evaluation -> ReminderRule.due(evaluation, now)).toList();
        due.forEach(evaluation -> {
            evaluation.reminded(now);
            outbox.queueWithLink(mail.reminder(evaluation, links.issue(evaluation)), evaluation.getExpiresAt());
        });
        return due.size();
    }

    private void invite(Evaluation evaluation) {
        em.persist(evaluation);
        outbox.queueWithLink(mail.invitation(evaluation, links.issue(evaluation)), evaluation.getExpiresAt());
    }
}
