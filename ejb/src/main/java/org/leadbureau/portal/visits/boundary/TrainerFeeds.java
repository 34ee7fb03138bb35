package org.leadbureau.portal.visits.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.leadbureau.portal.platform.security.SecureTokens;
import org.leadbureau.portal.visits.control.VisitDocuments;
import org.leadbureau.portal.visits.entity.SiteVisit;
import org.leadbureau.portal.visits.entity.TrainerFeed;
import org.leadbureau.portal.visits.entity.VisitStatus;

/** A trainer's private calendar feed, reached by its secret alone (calendar programs cannot sign in). */
@Stateless
@PermitAll
public class TrainerFeeds {

    @PersistenceContext
    EntityManager em;

    @Inject
    VisitDocuments documents;

    @Inject
    Clock clock;

    /** The trainer's visits that are not cancelled, as iCalendar; empty for an unknown or revoked secret. */
    public Optional<String> calendar(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(TrainerFeed.FIND_BY_HASH, TrainerFeed.class)
                .setParameter("hash", SecureTokens.hash(token))
                .getResultStream().findFirst()
                .map(feed -> documents.calendar().feed(em.createNamedQuery(SiteVisit.FIND_FOR_TRAINER, SiteVisit.class)
                        .setParameter("trainer", feed.getTrainer().getId())
                        .setParameter("cancelled", VisitStatus.CANCELLED)
                        .getResultList(), clock.instant()));
    }
}
