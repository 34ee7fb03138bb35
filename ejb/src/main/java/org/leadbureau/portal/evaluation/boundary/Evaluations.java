package org.leadbureau.portal.evaluation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leadbureau.portal.evaluation.control.EvaluationLinks;
import org.leadbureau.portal.evaluation.control.EvaluationQueries;
import org.leadbureau.portal.evaluation.control.RatingTally;
import org.leadbureau.portal.evaluation.control.Scope;
import org.leadbureau.portal.evaluation.entity.Evaluation;
import org.leadbureau.portal.evaluation.entity.EvaluationAnswer;
import org.leadbureau.portal.evaluation.entity.EvaluationQuestion;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.rules.ConflictException;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.rules.NotFoundException;
import org.leadbureau.portal.platform.rules.TextLength;

/**
 * The public side of evaluations: whoever holds a link sees the form and answers it, once, while it is valid. An
 * unknown link and an expired one are answered alike (not found), so a link's age tells nobody anything.
 */
@Stateless
@PermitAll
public class Evaluations {

    static final Wording GONE = Wording.of("evaluation.gone");
    private static final Set<String> YES = Set.of("true", "yes");
    private static final Set<String> NO = Set.of("false", "no");

    @PersistenceContext
    EntityManager em;

    @Inject
    EvaluationLinks links;

    @Inject
    EvaluationQueries queries;

    @Inject
    Clock clock;

    /** The evaluation behind a link, unless the link is unknown or expired. */
    public Optional<OpenEvaluation> open(String token) {
        Instant now = clock.instant();
        return links.find(token).filter(evaluation -> !evaluation.isExpired(now)).map(evaluation -> new OpenEvaluation(
                evaluation.getSubject(), evaluation.getTraining() != null, evaluation.getStartsAt(),
                evaluation.getEndsAt(), evaluation.getZone(), evaluation.getAnsweredAt() != null, queries.questions(scope(evaluation))));
    }

    /** Records the answer: 404 for an unknown or expired link, 409 when it was answered already, 400 for bad input. */
    public void answer(String token, EvaluationForm form) {
        Instant now = clock.instant();
        Evaluation evaluation = links.find(token).orElseThrow(() -> new NotFoundException(GONE));
        // Two answers sent at once: the second waits here, then finds the first.
        em.refresh(evaluation, LockModeType.PESSIMISTIC_WRITE);
        if (evaluation.isExpired(now)) {
            throw new NotFoundException(GONE);
        }
        if (evaluation.getAnsweredAt() != null) {
            throw new ConflictException(Wording.of("evaluation.answered"));
        }
        List<EvaluationQuestion> questions = queries.questions(scope(evaluation));
        Map<String, Wording> errors = new LinkedHashMap<>();
        // "evaluation.overall.training", "evaluation.overall.visit": what is evaluated is named in the words.
        String kind = evaluation.getTraining() != null ? "training" : "visit";
        rating(form.getOverall(), "overall", Wording.of("evaluation.overall." + kind), errors);
        rating(form.getUsefulness(), "usefulness", Wording.of("evaluation.usefulness." + kind), errors);
        if (form.getRecommend() == null) {
            errors.put("recommend", Wording.of("evaluation.recommend." + kind));
        }
        String change = text(form.getChange(), "change", Evaluation.MAX_TEXT, errors);
        String improve = text(form.getImprove(), "improve", Evaluation.MAX_TEXT, errors);
        String name = text(form.getName(), "name", Evaluation.MAX_NAME, errors);
        List<EvaluationAnswer> answers = answers(evaluation, questions, form.getAnswers(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.size() == 1 ? errors.values().iterator().next()
                    : Wording.of("evaluation.answers.invalid"), errors);
        }
        evaluation.answer(form.getOverall(), form.getUsefulness(), form.getRecommend(), change, improve, name, now);
        answers.forEach(em::persist);
    }

    private static List<EvaluationAnswer> answers(Evaluation evaluation, List<EvaluationQuestion> questions,
                                                  Map<Long, String> given, Map<String, Wording> errors) {
        Map<Long, EvaluationQuestion> byId = new LinkedHashMap<>();
        questions.forEach(question -> byId.put(question.getId(), question));
        given.keySet().stream().filter(id -> !byId.containsKey(id))
                .forEach(id -> errors.put("answers." + id, Wording.of("evaluation.question.unknown", id)));
        return questions.stream()
                .filter(question -> given.get(question.getId()) != null && !given.get(question.getId()).isBlank())
                .map(question -> answer(evaluation, question, given.get(question.getId()).strip(), errors))
                .filter(answer -> answer != null)
                .toList();
    }

    private static EvaluationAnswer answer(Evaluation evaluation, EvaluationQuestion question, String value,
                                           Map<String, Wording> errors) {
        String field = "answers." + question.getId();
        switch (question.getKind()) {
            case RATING -> {
                Integer rating = value.matches("[1-5]") ? Integer.valueOf(value) : null;
                if (rating == null) {
                    errors.put(field, Wording.of("evaluation.question.rating", question.getLabel()));
                    return null;
                }
                return new EvaluationAnswer(evaluation, question, rating, null, null);
            }
            case YES_NO -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!YES.contains(lower) && !NO.contains(lower)) {
                    errors.put(field, Wording.of("evaluation.question.yesNo", question.getLabel()));
                    return null;
                }
                return new EvaluationAnswer(evaluation, question, null, YES.contains(lower), null);
            }
            default -> {
                if (TextLength.exceeds(value, Evaluation.MAX_TEXT)) {
                    errors.put(field, Wording.of("evaluation.question.tooLong", question.getLabel(), Evaluation.MAX_TEXT));
                    return null;
                }
                return new EvaluationAnswer(evaluation, question, null, null, value);
            }
        }
    }

    private static void rating(Integer value, String field, Wording message, Map<String, Wording> errors) {
        if (value == null || value < RatingTally.LOWEST || value > RatingTally.HIGHEST) {
            errors.put(field, message);
        }
    }

    /** Stripped text, null when empty; too long is an error. */
    private static String text(String value, String field, int max, Map<String, Wording> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (TextLength.exceeds(stripped, max)) {
            errors.put(field, Wording.of("evaluation.text.tooLong", max));
        }
        return stripped;
    }

    static Scope scope(Evaluation evaluation) {
        return evaluation.getTraining() != null
                ? Scope.training(evaluation.getTraining().getId(), evaluation.getTraining().getSlug())
                : Scope.visit(evaluation.getVisit().getId());
    }
}
