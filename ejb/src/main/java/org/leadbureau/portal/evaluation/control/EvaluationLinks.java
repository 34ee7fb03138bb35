package org.leadbureau.portal.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.leadbureau.portal.evaluation.entity.Evaluation;
import org.leadbureau.portal.evaluation.entity.EvaluationLink;
import org.leadbureau.portal.platform.security.HashedLink;

/** Issues evaluation links ({@link HashedLink}: hashes stored, in the caller's transaction) and finds them. */
@ApplicationScoped
public class EvaluationLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public String issue(Evaluation evaluation) {
        return HashedLink.issue(em, hash -> new EvaluationLink(evaluation, hash, clock.instant()));
    }

    /** The evaluation a token opens, whatever its state (the caller judges expiry and earlier answers). */
    public Optional<Evaluation> find(String token) {
        return HashedLink.find(em, EvaluationLink.FIND_EVALUATION_BY_HASH, Evaluation.class, token);
    }
}
