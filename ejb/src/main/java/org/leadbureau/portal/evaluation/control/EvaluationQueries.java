package org.leadbureau.portal.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.evaluation.control.EvaluationSummary.QuestionResult;
import org.leadbureau.portal.evaluation.control.EvaluationSummary.TextAnswer;
import org.leadbureau.portal.evaluation.entity.EvaluationQuestion;

/**
 * The figures of a training's or visit's evaluations, each computed by a grouped query in the database: no request
 * loads the evaluations themselves, and text answers are read newest first, a bounded number at a time.
 */
@ApplicationScoped
public class EvaluationQueries {

    /** The most text answers one summary shows (per question, and of the two standard questions). */
    public static final int TEXT_LIMIT = 100;

    @PersistenceContext
    EntityManager em;

    public List<EvaluationQuestion> questions(Scope scope) {
        return em.createNamedQuery(scope.training() ? EvaluationQuestion.FIND_FOR_TRAINING
                        : EvaluationQuestion.FIND_FOR_VISIT, EvaluationQuestion.class)
                .setParameter("id", scope.id())
                .setMaxResults(EvaluationQuestion.MAX_PER_SUBJECT)
                .getResultList();
    }

    public EvaluationSummary summary(Scope scope, int textLimit) {
        Object[] counts = em.createQuery("select count(e), count(e.answeredAt) from Evaluation e where "
                + scope.evaluations(), Object[].class).setParameter("id", scope.id()).getSingleResult();
        long invited = (Long) counts[0];
        long responses = (Long) counts[1];
        List<QuestionResult> questions = new ArrayList<>();
        for (EvaluationQuestion question : questions(scope)) {
            questions.add(result(question, textLimit));
        }
        return new EvaluationSummary(invited, responses, RatingTally.ratio(responses, invited, 4),
                RatingTally.of(grouped(scope, "e.overall")), RatingTally.of(grouped(scope, "e.usefulness")),
                YesNoTally.of(grouped(scope, "e.recommend")), questions, texts(scope, textLimit));
    }

    /** How many answered evaluations have each value of {@code column}. */
    private <T> Map<T, Long> grouped(Scope scope, String column) {
        return toMap(em.createQuery("select " + column + ", count(e) from Evaluation e where " + scope.evaluations()
                        + " and e.answeredAt is not null and " + column + " is not null group by " + column, Object[].class)
                .setParameter("id", scope.id())
                .getResultList());
    }

    private QuestionResult result(EvaluationQuestion question, int textLimit) {
        return switch (question.getKind()) {
            case RATING -> new QuestionResult(question.getId(), question.getKind(), question.getLabel(),
                    RatingTally.of(answers(question, "a.rating")), null, null);
            case YES_NO -> new QuestionResult(question.getId(), question.getKind(), question.getLabel(), null,
                    YesNoTally.of(answers(question, "a.yesNo")), null);
            case TEXT -> new QuestionResult(question.getId(), question.getKind(), question.getLabel(), null, null,
                    em.createQuery("select a.text from EvaluationAnswer a where a.question.id = :id"
                                    + " and a.text is not null order by a.id desc", String.class)
                            .setParameter("id", question.getId()).setMaxResults(textLimit).getResultList());
        };
    }

    private <T> Map<T, Long> answers(EvaluationQuestion question, String column) {
        return toMap(em.createQuery("select " + column + ", count(a) from EvaluationAnswer a where a.question.id = :id"
                        + " and " + column + " is not null group by " + column, Object[].class)
                .setParameter("id", question.getId())
                .getResultList());
    }

    private List<TextAnswer> texts(Scope scope, int limit) {
        return em.createQuery("select e.changeText, e.improveText from Evaluation e where " + scope.evaluations()
                        + " and e.answeredAt is not null and (e.changeText is not null or e.improveText is not null)"
                        + " order by e.answeredAt desc, e.id desc", Object[].class)
                .setParameter("id", scope.id())
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new TextAnswer((String) row[0], (String) row[1]))
                .toList();
    }

    /** Every answered evaluation, oldest first, with its answers to staff's questions; at most {@code cap}. */
    public List<EvaluationCsv.Row> answered(Scope scope, List<EvaluationQuestion> questions, int cap) {
        Map<Long, Map<Long, String>> custom = new HashMap<>();
        if (!questions.isEmpty()) {
            em.createQuery("select a.evaluation.id, a.question.id, a.rating, a.yesNo, a.text from EvaluationAnswer a"
                            + " where a.question in :questions", Object[].class)
                    .setParameter("questions", questions)
                    .getResultStream()
                    .forEach(row -> custom.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                            .put((Long) row[1], cell(row[2], row[3], (String) row[4])));
        }
        return em.createQuery("select e.id, e.answeredAt, e.overall, e.usefulness, e.recommend, e.changeText,"
                        + " e.improveText, e.respondentName from Evaluation e where " + scope.evaluations()
                        + " and e.answeredAt is not null order by e.answeredAt, e.id", Object[].class)
                .setParameter("id", scope.id())
                .setMaxResults(cap)
                .getResultStream()
                .map(row -> new EvaluationCsv.Row((Instant) row[1], (Integer) row[2], (Integer) row[3],
                        (Boolean) row[4], (String) row[5], (String) row[6], (String) row[7],
                        custom.getOrDefault((Long) row[0], Map.of())))
                .toList();
    }

    public long responses(Scope scope) {
        return em.createQuery("select count(e) from Evaluation e where " + scope.evaluations()
                + " and e.answeredAt is not null", Long.class).setParameter("id", scope.id()).getSingleResult();
    }

    private static String cell(Object rating, Object yesNo, String text) {
        if (rating != null) {
            return rating.toString();
        }
        if (yesNo != null) {
            return Boolean.TRUE.equals(yesNo) ? "yes" : "no";
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<T, Long> toMap(List<Object[]> rows) {
        Map<T, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((T) row[0], (Long) row[1]));
        return counts;
    }
}
