package org.leadbureau.portal.evaluation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.evaluation.control.EvaluationQueries;
import org.leadbureau.portal.evaluation.control.Invitations;
import org.leadbureau.portal.evaluation.control.Scope;
import org.leadbureau.portal.evaluation.entity.EvaluationQuestion;
import org.leadbureau.portal.evaluation.entity.QuestionKind;
import org.leadbureau.portal.platform.rules.EmailAddress;
import org.leadbureau.portal.platform.rules.ForbiddenException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.visits.boundary.SiteVisits;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.VisitParticipant;

/**
 * What staff set up for evaluations: up to five questions of their own on a training (STAFF, ADMIN) or a visit, and
 * the people who took part in a visit besides its site contact. Visits are set up by whoever may change them (staff,
 * or a trainer booked for it); someone added to a completed visit is invited straight away.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class EvaluationSetup {

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationQueries queries;

    @Inject
    Invitations invitations;

    @Inject
    SiteVisits visits;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    public List<EvaluationQuestion> trainingQuestions(@NotBlank String slug) {
        return queries.questions(Scope.training(training(slug).getId(), slug));
    }

    @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
    public List<EvaluationQuestion> visitQuestions(long visitId) {
        return queries.questions(Scope.visit(visit(visitId).getId()));
    }

    public EvaluationQuestion addTrainingQuestion(@NotBlank String slug, QuestionKind kind, String label) {
        Training training = training(slug);
        EvaluationQuestion question = add(Scope.training(training.getId(), slug), training, null, kind, label);
        auditLog.record(Action.TRAINING_CHANGED, "training " + slug, "Evaluation question added: " + question.getLabel());
        return question;
    }

    @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
    public EvaluationQuestion addVisitQuestion(long visitId, QuestionKind kind, String label) {
        SiteVisit visit = changeable(visitId);
        EvaluationQuestion question = add(Scope.visit(visitId), null, visit, kind, label);
        auditLog.record(Action.VISIT_CHANGED, "visit " + visitId, "Evaluation question added: " + question.getLabel());
        return question;
    }

    public void removeTrainingQuestion(@NotBlank String slug, long questionId) {
        remove(Scope.training(training(slug).getId(), slug), questionId);
    }

    @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
    public void removeVisitQuestion(long visitId, long questionId) {
        changeable(visitId);
        remove(Scope.visit(visitId), questionId);
    }

    @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
    public List<VisitParticipant> participants(long visitId) {
        return em.createNamedQuery(VisitParticipant.FIND_FOR_VISIT, VisitParticipant.class)
                .setParameter("id", visitId)
                .setMaxResults(VisitParticipant.MAX_PER_VISIT)
                .getResultList();
    }

    @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
    public VisitParticipant addParticipant(long visitId, String name, String email) {
        SiteVisit visit = changeable(visitId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank() || TextLength.exceeds(name.strip(), 200)) {
            errors.put("participantName", "Please give the participant's name (up to 200 characters).");
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EmailAddress.Validator.isEmailAddress(address) || address.length() > 320) {
            errors.put("participantEmail", "Please give an email address such as name@example.org.");
        } else if (participants(visitId).stream().anyMatch(p -> p.getEmail().equals(address))) {
            errors.put("participantEmail", address + " is already on the list.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (participants(visitId).size() >= VisitParticipant.MAX_PER_VISIT) {
            throw new RefusedException("A visit lists at most " + VisitParticipant.MAX_PER_VISIT + " participants.");
        }
        var participant = new VisitParticipant(visit, name, address, clock.instant());
        em.persist(participant);
        invitations.inviteLateParticipant(participant);
        return participant;
    }

    @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
    public void removeParticipant(long visitId, long participantId) {
        changeable(visitId);
        VisitParticipant participant = em.find(VisitParticipant.class, participantId);
        if (participant != null && participant.getVisit().getId() == visitId) {
            em.remove(participant);
        }
    }

    private EvaluationQuestion add(Scope scope, Training training, SiteVisit visit, QuestionKind kind, String label) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("questionKind", "Please choose how the question is answered.");
        }
        if (label == null || label.isBlank() || TextLength.exceeds(label.strip(), EvaluationQuestion.MAX_LABEL)) {
            errors.put("questionLabel", "Please write the question (up to " + EvaluationQuestion.MAX_LABEL + " characters).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (queries.questions(scope).size() >= EvaluationQuestion.MAX_PER_SUBJECT) {
            throw new RefusedException("An evaluation has at most " + EvaluationQuestion.MAX_PER_SUBJECT
                    + " questions of your own.");
        }
        var question = new EvaluationQuestion(training, visit, kind, label, clock.instant());
        em.persist(question);
        return question;
    }

    private void remove(Scope scope, long questionId) {
        EvaluationQuestion question = queries.questions(scope).stream().filter(q -> q.getId() == questionId)
                .findFirst().orElseThrow(() -> new NotFoundException("There is no such question on this evaluation."));
        long answers = em.createQuery("select count(a) from EvaluationAnswer a where a.question = :q", Long.class)
                .setParameter("q", question).getSingleResult();
        if (answers > 0) {
            throw new RefusedException("People have answered this question, so it stays: their answers keep their meaning.");
        }
        em.remove(question);
    }

    private Training training(String slug) {
        return em.createNamedQuery(Training.FIND_BY_SLUG, Training.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no training '" + slug + "'."));
    }

    private SiteVisit visit(long id) {
        SiteVisit visit = em.find(SiteVisit.class, id);
        if (visit == null) {
            throw new NotFoundException("There is no site visit " + id + ".");
        }
        return visit;
    }

    private SiteVisit changeable(long id) {
        SiteVisit visit = visit(id);
        if (!visits.mayChange(visit)) {
            throw new ForbiddenException("Trainers set up the evaluations of the visits they are booked for.");
        }
        return visit;
    }
}
