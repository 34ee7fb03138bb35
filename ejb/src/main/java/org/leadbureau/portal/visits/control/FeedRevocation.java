package org.leadbureau.portal.visits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.leadbureau.portal.account.boundary.AccessWithdrawn;
import org.leadbureau.portal.visits.entity.TrainerFeed;

/** When an account loses its access, its calendar feed link stops working too (in the same transaction). */
@ApplicationScoped
public class FeedRevocation {

    @PersistenceContext
    EntityManager em;

    void revoke(@Observes AccessWithdrawn event) {
        em.createNamedQuery(TrainerFeed.FIND_BY_TRAINER, TrainerFeed.class)
                .setParameter("trainer", event.userId())
                .getResultStream().forEach(em::remove);
    }
}
