package org.leadbureau.portal.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.leadbureau.portal.evaluation.entity.Evaluation;
import org.leadbureau.portal.evaluation.entity.EvaluationLink;
import org.leadbureau.portal.platform.security.SecureTokens;

/** Issues evaluation links (hashes stored, in the caller's transaction), a fresh one per message, and finds them. */
@ApplicationScoped
public class EvaluationLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public String issue(Evaluation evaluation) {
        String token = SecureTokens.newToken();
        em.persist(new EvaluationLink(evaluation, SecureTokens.hash(token), clock.instant()));
        return token;
    }

    /** The evaluation a token opens, whatever its state (the caller judges expiry and earlier answers). */
    public Optional<Evaluation> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(EvaluationLink.FIND_EVALUATION_BY_HASH, Evaluation.class)
                .setParameter("hash", SecureTokens.hash(token))
                .getResultStream().findFirst();
    }
}
