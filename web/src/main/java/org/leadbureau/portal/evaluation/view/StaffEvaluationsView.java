package org.leadbureau.portal.evaluation.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leadbureau.portal.evaluation.boundary.EvaluationResults;
import org.leadbureau.portal.evaluation.boundary.EvaluationSetup;
import org.leadbureau.portal.evaluation.control.EvaluationSummary;
import org.leadbureau.portal.evaluation.control.RatingTally;
import org.leadbureau.portal.evaluation.entity.EvaluationQuestion;
import org.leadbureau.portal.evaluation.entity.QuestionKind;
import org.leadbureau.portal.visits.entity.VisitParticipant;
import org.leadbureau.portal.platform.view.Refusals;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The evaluation section of a training's staff page ({@code /staff/trainings/<slug>}) and of a visit's
 * ({@code /staff/visits/<id>}): the figures, the newest text answers, the CSV link, staff's own questions and, for
 * a visit, its participants. Which of the two it is comes from the page. The figures are read again just before the
 * section renders ({@link #reread}), so they include what the page's other forms just changed (a check-in, a
 * completed visit).
 */
@Named
@RequestScoped
public class StaffEvaluationsView {

    @Inject
    EvaluationResults results;

    @Inject
    EvaluationSetup setup;

    @Inject
    @Param(pathIndex = 0)
    String subject;

    private EvaluationSummary summary;
    private List<EvaluationQuestion> questions;
    private List<VisitParticipant> participants;
    private QuestionKind questionKind;
    private String questionLabel;
    private String participantName;
    private String participantEmail;

    /** A rating's row in the table of distributions (a class: the server's EL reads getters only). */
    public static final class RatingRow {
        private final String label;
        private final RatingTally tally;

        RatingRow(String label, RatingTally tally) {
            this.label = label;
            this.tally = tally;
        }

        public String getLabel() {
            return label;
        }

        public RatingTally getTally() {
            return tally;
        }

        public String getAverage() {
            return tally.average() == null ? "–" : String.format(Locale.US, "%.2f", tally.average());
        }
    }

    public boolean isTraining() {
        return Faces.getViewId().startsWith("/staff/trainings");
    }

    private long visitId() {
        return Long.parseLong(subject);
    }

    public EvaluationSummary getSummary() {
        if (summary == null) {
            summary = isTraining() ? results.forTraining(subject) : results.forVisit(visitId());
        }
        return summary;
    }

    public String getResponseRate() {
        return Math.round(getSummary().responseRate() * 100) + "%";
    }

    /** The 1–5 ratings: the two standard ones, then staff's own. */
    public List<RatingRow> getRatingRows() {
        List<RatingRow> rows = new ArrayList<>();
        rows.add(new RatingRow("Overall", getSummary().overall()));
        rows.add(new RatingRow("Useful for their work", getSummary().usefulness()));
        getSummary().questions().stream().filter(q -> q.rating() != null)
                .forEach(q -> rows.add(new RatingRow(q.label(), q.rating())));
        return rows;
    }

    public List<EvaluationQuestion> getQuestions() {
        if (questions == null) {
            questions = isTraining() ? setup.trainingQuestions(subject) : setup.visitQuestions(visitId());
        }
        return questions;
    }

    public boolean isRoomForQuestions() {
        return getQuestions().size() < EvaluationQuestion.MAX_PER_SUBJECT;
    }

    public List<VisitParticipant> getParticipants() {
        if (participants == null) {
            participants = setup.participants(visitId());
        }
        return participants;
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public String getExportLink() {
        return "/api/staff/evaluations?" + (isTraining() ? "training=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                : "visit=" + visitId()) + "&format=csv";
    }

    public void addQuestion() {
        if (Refusals.attempt(() -> {
            if (isTraining()) {
                setup.addTrainingQuestion(subject, questionKind, questionLabel);
            } else {
                setup.addVisitQuestion(visitId(), questionKind, questionLabel);
            }
        })) {
            Messages.addGlobalInfo("Question added: it is on the evaluation form.");
            questionKind = null;
            questionLabel = null;
            reread();
        }
    }

    public void removeQuestion(long questionId) {
        if (Refusals.attempt(() -> {
            if (isTraining()) {
                setup.removeTrainingQuestion(subject, questionId);
            } else {
                setup.removeVisitQuestion(visitId(), questionId);
            }
        })) {
            Messages.addGlobalInfo("Question removed.");
            reread();
        }
    }

    public void addParticipant() {
        if (Refusals.attempt(() -> setup.addParticipant(visitId(), participantName, participantEmail))) {
            Messages.addGlobalInfo(participantName.strip() + " is on the list of participants.");
            participantName = null;
            participantEmail = null;
            reread();
        }
    }

    public void removeParticipant(long participantId) {
        if (Refusals.attempt(() -> setup.removeParticipant(visitId(), participantId))) {
            Messages.addGlobalInfo("Participant removed.");
            reread();
        }
    }

    public void reread() {
        summary = null;
        questions = null;
        participants = null;
    }

    public QuestionKind getQuestionKind() {
        return questionKind;
    }

    public void setQuestionKind(QuestionKind questionKind) {
        this.questionKind = questionKind;
    }

    public String getQuestionLabel() {
        return questionLabel;
    }

    public void setQuestionLabel(String questionLabel) {
        this.questionLabel = questionLabel;
    }

    public String getParticipantName() {
        return participantName;
    }

    public void setParticipantName(String participantName) {
        this.participantName = participantName;
    }

    public String getParticipantEmail() {
        return participantEmail;
    }

    public void setParticipantEmail(String participantEmail) {
        this.participantEmail = participantEmail;
    }
}
