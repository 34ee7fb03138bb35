package org.leadbureau.portal.evaluation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A link to an evaluation, one per message (the invitation, the reminder). Only the SHA-256 of its token is stored,
 * like registration links; every link of an evaluation works until the evaluation expires or is answered.
 */
@Entity
@Table(name = "evaluation_link")
@NamedQuery(name = EvaluationLink.FIND_EVALUATION_BY_HASH, query = "select e from EvaluationLink l"
        + " join l.evaluation e where l.tokenHash = :hash")
public class EvaluationLink {

    public static final String FIND_EVALUATION_BY_HASH = "EvaluationLink.findEvaluationByHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EvaluationLink() {
        // for JPA
    }

    public EvaluationLink(Evaluation evaluation, String tokenHash, Instant createdAt) {
        this.evaluation = evaluation;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }
}
