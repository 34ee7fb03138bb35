package org.leadbureau.portal.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.leadbureau.portal.platform.rules.TextLength;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.visits.entity.SiteVisit;

/** A question staff added to the evaluation of one training or one visit (at most {@link #MAX_PER_SUBJECT}). */
@Entity
@Table(name = "evaluation_question")
@NamedQuery(name = EvaluationQuestion.FIND_FOR_TRAINING, query = "select q from EvaluationQuestion q"
        + " where q.training.id = :id order by q.id")
@NamedQuery(name = EvaluationQuestion.FIND_FOR_VISIT, query = "select q from EvaluationQuestion q"
        + " where q.visit.id = :id order by q.id")
public class EvaluationQuestion {

    public static final String FIND_FOR_TRAINING = "EvaluationQuestion.findForTraining";
    public static final String FIND_FOR_VISIT = "EvaluationQuestion.findForVisit";
    public static final int MAX_PER_SUBJECT = 5;
    public static final int MAX_LABEL = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_id")
    private Training training;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    private SiteVisit visit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionKind kind;

    @Column(nullable = false, length = MAX_LABEL)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EvaluationQuestion() {
        // for JPA
    }

    /** A question on the evaluation of {@code training} or {@code visit} (exactly one of them). */
    public EvaluationQuestion(Training training, SiteVisit visit, QuestionKind kind, String label, Instant now) {
        if ((training == null) == (visit == null)) {
            throw new IllegalArgumentException("A question belongs to one training or one visit");
        }
        if (label == null || label.isBlank() || TextLength.exceeds(label.strip(), MAX_LABEL)) {
            throw new IllegalArgumentException("A question has a label of up to " + MAX_LABEL + " characters");
        }
        this.training = training;
        this.visit = visit;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.label = label.strip();
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }
}
