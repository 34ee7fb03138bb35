package org.leadbureau.portal.evaluation.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.leadbureau.portal.platform.security.HashedLink;

/**
 * A link to an evaluation, one per message (the invitation, the reminder). Only the SHA-256 of its token is stored,
 * like registration links; every link of an evaluation works until the evaluation expires or is answered.
 */
@Entity
@Table(name = "evaluation_link")
@NamedQuery(name = EvaluationLink.FIND_EVALUATION_BY_HASH, query = "select e from EvaluationLink l"
        + " join l.evaluation e where l.tokenHash = :hash")
public class EvaluationLink extends HashedLink {

    public static final String FIND_EVALUATION_BY_HASH = "EvaluationLink.findEvaluationByHash";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    protected EvaluationLink() {
        // for JPA
    }

    public EvaluationLink(Evaluation evaluation, String tokenHash, Instant createdAt) {
        super(tokenHash, createdAt);
        this.evaluation = evaluation;
    }
}
