package org.leadbureau.portal.evaluation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.leadbureau.portal.account.boundary.AuditLog;
import org.leadbureau.portal.account.entity.AuditEvent.Action;
import org.leadbureau.portal.evaluation.control.EvaluationCsv;
import org.leadbureau.portal.evaluation.control.EvaluationQueries;
import org.leadbureau.portal.evaluation.control.EvaluationSummary;
import org.leadbureau.portal.evaluation.control.Scope;
import org.leadbureau.portal.evaluation.entity.Evaluation;
import org.leadbureau.portal.evaluation.entity.EvaluationQuestion;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.platform.security.Roles;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.visits.entity.SiteVisit;

/**
 * What staff learn from evaluations: per training (STAFF, ADMIN, as the training pages) and per visit (every staff
 * role, as the visit pages), the response rate, each rating's distribution and the newest text answers, and the
 * whole as an audited CSV. Also the average overall rating of trainings over a period, for the dashboard.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class EvaluationResults {

    /** The most answers one CSV export holds. */
    public static final int EXPORT_CAP = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationQueries queries;

    @Inject
    AuditLog auditLog;

    public EvaluationSummary forTraining(@NotBlank String slug) {
        return queries.summary(training(slug), EvaluationQueries.TEXT_LIMIT);
    }

    @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
    public EvaluationSummary forVisit(long visitId) {
        return queries.summary(visit(visitId), EvaluationQueries.TEXT_LIMIT);
    }

    public String exportTraining(@NotBlank String slug) {
        return export(training(slug));
    }

    @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
    public String exportVisit(long visitId) {
        return export(visit(visitId));
    }

    /**
     * The average overall rating (1–5) of answered evaluations of trainings that started in {@code [from, to)}, or
     * empty when none was answered. Computed by the database.
     */
    @RolesAllowed({Roles.TRAINER, Roles.STAFF, Roles.ADMIN})
    public Optional<Double> averageOverall(@NotNull Instant from, @NotNull Instant to) {
        return Optional.ofNullable(em.createNamedQuery(Evaluation.AVERAGE_OVERALL, Double.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    private String export(Scope scope) {
        if (queries.responses(scope) > EXPORT_CAP) {
            throw new RefusedException("More than " + EXPORT_CAP + " answers: the export would be too large.");
        }
        List<EvaluationQuestion> questions = queries.questions(scope);
        List<EvaluationCsv.Row> rows = queries.answered(scope, questions, EXPORT_CAP);
        auditLog.record(Action.DATA_EXPORTED, scope.name(),
                "Evaluations CSV: " + rows.size() + (rows.size() == 1 ? " answer" : " answers"));
        return EvaluationCsv.write(questions, rows);
    }

    Scope training(String slug) {
        Training training = em.createNamedQuery(Training.FIND_BY_SLUG, Training.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no training '" + slug + "'."));
        return Scope.training(training.getId(), slug);
    }

    Scope visit(long id) {
        if (em.find(SiteVisit.class, id) == null) {
            throw new NotFoundException("There is no site visit " + id + ".");
        }
        return Scope.visit(id);
    }
}
