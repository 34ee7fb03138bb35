package org.leadbureau.portal.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The answer to one of staff's own questions: a rating, a yes or no, or a text, as the question's kind says. */
@Entity
@Table(name = "evaluation_answer")
public class EvaluationAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private EvaluationQuestion question;

    private Integer rating;

    @Column(name = "yes_no")
    private Boolean yesNo;

    @Column(name = "answer_text", length = Evaluation.MAX_TEXT)
    private String text;

    protected EvaluationAnswer() {
        // for JPA
    }

    public EvaluationAnswer(Evaluation evaluation, EvaluationQuestion question, Integer rating, Boolean yesNo,
                            String text) {
        this.evaluation = evaluation;
        this.question = question;
        this.rating = rating;
        this.yesNo = yesNo;
        this.text = text;
    }
}
