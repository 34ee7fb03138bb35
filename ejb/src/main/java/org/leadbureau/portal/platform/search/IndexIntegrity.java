package org.leadbureau.portal.platform.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;

/**
 * At start-up, rebuilds the search index from the database when it is missing or stale: the index lives
 * on local disk and may have been deleted, or the database restored, while the server was down.
 */
@Startup
@Singleton
@DependsOn({"SeedImport", "LibrarySeedImport"})
// The mass indexer runs its own transactions.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexIntegrity {

    private static final Logger LOG = Logger.getLogger(IndexIntegrity.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void rebuildWhenStale() {
        List<Class<?>> stale = Search.mapping(em.getEntityManagerFactory()).allIndexedEntities().stream()
                .filter(this::isStale)
                .<Class<?>>map(SearchIndexedEntity::javaClass)
                .toList();
        if (stale.isEmpty()) {
            return;
        }
        LOG.info(() -> "Search index is missing or stale for " + stale + "; rebuilding it");
        try {
            Search.session(em).massIndexer(stale).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        }
    }

    private boolean isStale(SearchIndexedEntity<?> type) {
        ExpectedIndexCount expected = type.javaClass().getAnnotation(ExpectedIndexCount.class);
        long inDatabase = (expected == null
                ? em.createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                : em.createNamedQuery(expected.value(), Long.class))
                .getSingleResult();
        long inIndex = Search.session(em).search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
        return inDatabase != inIndex;
    }
}
