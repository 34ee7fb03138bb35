package org.leadbureau.portal.platform.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.platform.security.SecureTokens;

/**
 * At start-up, rebuilds the search index from the database when it is missing or stale: the index (on local disk,
 * or in OpenSearch) may have been deleted, or the database restored from a backup, while the server was down
 * (compared by {@link Fingerprint}s of ids and versions, not only counts); and when the
 * analyzers changed since the index was written (a new stemmer), since old terms would no longer match queries.
 * On OpenSearch, Hibernate Search has updated the index settings to the new analyzers before this runs.
 * <p>
 * In a cluster one node checks at a time, under a job lock: a node that starts while another checks leaves the index
 * to that one. What the index was written with is kept in the shared database ({@link IndexedAnalysis}).
 */
@Startup
@Singleton
@DependsOn({"SeedImport", "LibrarySeedImport"})
// A transaction of our own holds the lock for as long as a rebuild takes (longer than the default timeout).
@TransactionManagement(TransactionManagementType.BEAN)
public class IndexIntegrity {

    private static final Logger LOG = Logger.getLogger(IndexIntegrity.class.getName());
    /** Rows read at a time from the database and the index. */
    private static final int PAGE = 1000;
    /** Longer than a rebuild of the whole library: the lock's transaction must not time out under it. */
    private static final Duration LOCK_HELD_AT_MOST = Duration.ofHours(6);
    /**
     * A second look before rebuilding a shared index: a write another node commits between reading the database and
     * reading the index makes the two differ for a moment, and a rebuild empties the index the others are searching.
     */
    private static final Duration SECOND_LOOK = Duration.ofSeconds(2);

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:/TransactionManager")
    TransactionManager transactions;

    @Inject
    JobLocks jobLocks;

    @Inject
    Clock clock;

    @PostConstruct
    void rebuildWhenStale() {
        try {
            transactions.setTransactionTimeout((int) LOCK_HELD_AT_MOST.toSeconds());
            transactions.begin();
            try {
                if (jobLocks.tryLock(JobLocks.INDEX_CHECK)) {
                    checkHoldingTheLock();
                } else {
                    LOG.info("Another node is checking the search index; this one leaves it to that node");
                }
                transactions.commit();
            } finally {
                if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transactions.rollback();
                }
                transactions.setTransactionTimeout(0);
            }
        } catch (NotSupportedException | SystemException | RollbackException | HeuristicMixedException
                 | HeuristicRollbackException | InvalidTransactionException e) {
            throw new IllegalStateException("Could not check the search index", e);
        }
    }

    private void checkHoldingTheLock() throws SystemException, InvalidTransactionException {
        String backend = PortalConfig.searchBackend();
        // Only its digest is kept: the chains' description is long, and only equality matters.
        String analysis = SecureTokens.hash(AnalysisChains.describe(AnalysisChains.ALL));
        IndexedAnalysis written = em.find(IndexedAnalysis.class, backend);
        boolean analysisChanged = written == null || !analysis.equals(written.analysis());
        // The comparison and the rebuild run outside the lock's transaction: their reads see what other nodes commit
        // meanwhile (not the snapshot of a repeatable read), and the mass indexer runs transactions of its own.
        Transaction lock = transactions.suspend();
        try {
            List<Class<?>> stale = analysisChanged ? allIndexed() : staleTwice();
            if (!stale.isEmpty()) {
                rebuild(stale, analysisChanged ? "was written with other analyzers" : "is missing or stale");
            }
        } finally {
            transactions.resume(lock);
        }
        if (written == null) {
            em.persist(new IndexedAnalysis(backend, analysis, clock.instant()));
        } else {
            written.written(analysis, clock.instant());
        }
    }

    private List<Class<?>> allIndexed() {
        return Search.mapping(em.getEntityManagerFactory()).allIndexedEntities().stream()
                .<Class<?>>map(SearchIndexedEntity::javaClass).toList();
    }

    /** The types whose index disagrees with the database, looked at twice {@link #SECOND_LOOK} apart. */
    private List<Class<?>> staleTwice() {
        List<? extends SearchIndexedEntity<?>> stale = Search.mapping(em.getEntityManagerFactory()).allIndexedEntities().stream()
                .filter(this::isStale).toList();
        if (stale.isEmpty()) {
            return List.of();
        }
        try {
            Thread.sleep(SECOND_LOOK.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the search index", e);
        }
        return stale.stream().filter(this::isStale).<Class<?>>map(SearchIndexedEntity::javaClass).toList();
    }

    private void rebuild(List<Class<?>> stale, String why) {
        LOG.info(() -> "Search index " + why + " for " + stale + "; rebuilding it");
        try {
            Reindexing.emptyingFirst(Search.session(em).massIndexer(stale)).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        }
    }

    /**
     * Stale when the index and the database disagree on which rows at which versions it holds: the counts alone
     * miss a restored backup whose rows changed while their number did not. Both sides are read as (id, version)
     * projections in pages, never as entities.
     */
    private boolean isStale(SearchIndexedEntity<?> type) {
        Fingerprint inDatabase = inDatabase(type);
        Fingerprint inIndex = inIndex(type);
        if (!inDatabase.equals(inIndex)) {
            LOG.info(() -> type.jpaName() + ": the database has " + inDatabase + ", the index " + inIndex);
            return true;
        }
        return false;
    }

    private Fingerprint inDatabase(SearchIndexedEntity<?> type) {
        IndexedRows rows = type.javaClass().getAnnotation(IndexedRows.class);
        Fingerprint fingerprint = new Fingerprint();
        long after = Long.MIN_VALUE;
        List<Object[]> page;
        do {
            page = (rows == null
                    ? em.createQuery("select e.id, e.version from " + type.jpaName() + " e where e.id > :after order by e.id",
                            Object[].class)
                    : em.createNamedQuery(rows.value(), Object[].class))
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (Object[] row : page) {
                after = ((Number) row[0]).longValue();
                fingerprint.add(after, ((Number) row[1]).longValue());
            }
        } while (page.size() == PAGE);
        return fingerprint;
    }

    private Fingerprint inIndex(SearchIndexedEntity<?> type) {
        Fingerprint fingerprint = new Fingerprint();
        try (SearchScroll<List<?>> scroll = Search.session(em).search(type.javaClass())
                .select(f -> f.composite().from(f.id(Long.class), f.field(Fingerprint.FIELD, Long.class)).asList())
                .where(f -> f.matchAll())
                .scroll(PAGE)) {
            for (SearchScrollResult<List<?>> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                chunk.hits().forEach(hit -> fingerprint.add((Long) hit.get(0), (Long) hit.get(1)));
            }
        }
        return fingerprint;
    }
}
