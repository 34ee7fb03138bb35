package org.leadbureau.portal.evaluation.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.leadbureau.portal.evaluation.boundary.EvaluationForm;
import org.leadbureau.portal.evaluation.boundary.Evaluations;
import org.leadbureau.portal.evaluation.boundary.OpenEvaluation;
import org.leadbureau.portal.platform.view.Pages;
import org.leadbureau.portal.platform.view.Refusals;
import org.omnifaces.cdi.Param;

/**
 * {@code /evaluations/<token>}: the evaluation form behind a mailed link, for anyone holding it (no sign-in). A plain
 * form post, so it works without JavaScript; an unknown or expired link is "not found", an answered one says so.
 */
@Named
@ViewScoped
public class EvaluationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The ratings offered, lowest first; the words say what the ends mean. */
    private static final List<Choice> RATINGS = List.of(new Choice("1", "1 – Poor"), new Choice("2", "2"),
            new Choice("3", "3"), new Choice("4", "4"), new Choice("5", "5 – Excellent"));

    private static final List<Choice> YES_NO = List.of(new Choice("true", "Yes"), new Choice("false", "No"));

    @Inject
    transient Evaluations evaluations;

    @Inject
    @Param(pathIndex = 0)
    String token;

    @Inject
    @Param(pathIndex = 1)
    String extraSegment;

    private transient OpenEvaluation evaluation;
    private final EvaluationForm form = new EvaluationForm();
    private boolean sent;

    /** A value and its words, for radio buttons (a class: the server's EL reads getters only). */
    public static final class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String value;
        private final String label;

        Choice(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }

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

    public List<Choice> getRatings() {
        return RATINGS;
    }

    public List<Choice> getYesNo() {
        return YES_NO;
    }
}
