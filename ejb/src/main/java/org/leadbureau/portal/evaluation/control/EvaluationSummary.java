package org.leadbureau.portal.evaluation.control;

import java.util.List;
import org.leadbureau.portal.evaluation.entity.QuestionKind;

/**
 * The evaluations of one training or visit as staff read them: how many were invited and answered, each rating's
 * distribution, and the newest text answers (at most {@link EvaluationQueries#TEXT_LIMIT}; the CSV has them all).
 */
public record EvaluationSummary(long invited, long responses, double responseRate, RatingTally overall,
                                RatingTally usefulness, YesNoTally recommend, List<QuestionResult> questions,
                                List<TextAnswer> texts) {

    /** A question of staff's own: {@code rating}, {@code yesNo} or {@code texts} as its kind says (the others null). */
    public record QuestionResult(long id, QuestionKind kind, String label, RatingTally rating, YesNoTally yesNo,
                                 List<String> texts) {
    }

    public record TextAnswer(String change, String improve) {
    }
}
