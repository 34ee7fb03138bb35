package org.leadbureau.portal.evaluation.boundary;

import java.util.List;
import org.leadbureau.portal.evaluation.entity.EvaluationQuestion;

/** What the evaluation page shows for a link: what is evaluated, whether it was answered, staff's questions. */
public record OpenEvaluation(String subject, String kindWord, String when, boolean answered,
                             List<EvaluationQuestion> questions) {
}
