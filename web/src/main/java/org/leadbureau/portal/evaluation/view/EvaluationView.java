package org.leadbureau.portal.evaluation.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leadbureau.portal.evaluation.boundary.EvaluationForm;
import org.leadbureau.portal.evaluation.boundary.Evaluations;
import org.leadbureau.portal.evaluation.boundary.OpenEvaluation;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.platform.time.EventTimes;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.platform.view.Refusals;
import org.omnifaces.cdi.Param;

/**
 * {@code /evaluations/<token>}: the evaluation form behind a mailed link, for anyone holding it (no sign-in). A plain
 * form post, so it works without JavaScript; an unknown or expired link is "not found", an answered one says so.
 * Request scoped on a stateless view: the token is in the address the form posts back to.
 */
@Named
@RequestScoped
public class EvaluationView {

    /** The ratings offered, lowest first (their words are in the bundles: evaluation.rating.1 …). */
    private static final List<String> RATINGS = List.of("1", "2", "3", "4", "5");

    private static final List<String> YES_NO = List.of("true", "false");

    @Inject
    Evaluations evaluations;

    @Inject
    VisitorLanguage language;

    @Inject
    @Param(pathIndex = 0)
    String token;

    @Inject
    @Param(pathIndex = 1)
    String extraSegment;

    private OpenEvaluation evaluation;
    private final EvaluationForm form = new EvaluationForm();
    private boolean sent;

    public void load() {
        if (token == null || extraSegment != null || getEvaluation() == null) {
            Pages.notFound();
        }
    }

    public OpenEvaluation getEvaluation() {
        if (evaluation == null && token != null) {
            evaluation = evaluations.open(token).orElse(null);
        }
        return evaluation;
    }

    public void submit() {
        sent = Refusals.attempt(() -> evaluations.answer(token, form));
    }

    public boolean isSent() {
        return sent;
    }

    /** Answered before this visit to the page (the form is not shown again). */
    public boolean isAnsweredBefore() {
        return !sent && getEvaluation().answered();
    }

    public EvaluationForm getForm() {
        return form;
    }

    /** "training" or "visit": which of the page's texts apply (evaluation.overall.training …). */
    public String getKind() {
        return getEvaluation().training() ? "training" : "visit";
    }

    /** When it took place, in the visitor's language. */
    public String getWhen() {
        OpenEvaluation shown = getEvaluation();
        return EventTimes.range(shown.start(), shown.end(), shown.zone(), language.current());
    }

    public List<String> getRatings() {
        return RATINGS;
    }

    public List<String> getYesNo() {
        return YES_NO;
    }
}
