package org.leadbureau.portal.platform.metrics;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.leadbureau.portal.mail.entity.MailStatus;
import org.leadbureau.portal.platform.health.ComponentHealth;
import org.leadbureau.portal.platform.health.HealthCheck;
import org.leadbureau.portal.platform.persistence.DeploymentStarted;

/**
 * Counts, every 30 seconds, what the gauges of {@link PortalMetrics} show (mail waiting in the outbox, documents in
 * the search index), so that a scrape of /metrics never waits on the database.
 */
@Stateless
public class PortalGauges {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeploymentStarted deploymentStarted;

    @Inject
    HealthCheck health;

    @Inject
    PortalMetrics metrics;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false, info = "portal gauges")
    void count() {
        deploymentStarted.await();
        long queued = em.createQuery("select count(m) from OutboxMessage m where m.status = :status", Long.class)
                .setParameter("status", MailStatus.QUEUED).getSingleResult();
        ComponentHealth index = health.check().components().get("searchIndex");
        metrics.counted(queued, index.up() ? ((Number) index.details().get("documents")).longValue() : 0);
    }
}
