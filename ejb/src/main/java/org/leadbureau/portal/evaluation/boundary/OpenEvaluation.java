package org.leadbureau.portal.evaluation.boundary;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.leadbureau.portal.evaluation.entity.EvaluationQuestion;

/**
 * What the evaluation page shows for a link: what is evaluated (a training, or else a site visit) and when, whether
 * it was answered, staff's questions. The page puts it in words in the visitor's language.
 */
public record OpenEvaluation(String subject, boolean training, Instant start, Instant end, ZoneId zone,
                             boolean answered, List<EvaluationQuestion> questions) {
}
