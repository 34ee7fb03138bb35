package org.leadbureau.portal.platform.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.leadbureau.portal.platform.config.PortalConfig;

/**
 * At start-up, rebuilds the search index from the database when it is missing or stale: the index (on local disk,
 * or in OpenSearch) may have been deleted, or the database restored from a backup, while the server was down
 * (compared by {@link Fingerprint}s of ids and versions, not only counts); and when the
 * analyzers changed since the index was written (a new stemmer), since old terms would no longer match queries.
 * On OpenSearch, Hibernate Search has updated the index settings to the new analyzers before this runs.
 */
@Startup
@Singleton
@DependsOn({"SeedImport", "LibrarySeedImport"})
// The mass indexer runs its own transactions.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexIntegrity {

    private static final Logger LOG = Logger.getLogger(IndexIntegrity.class.getName());
    /**
     * The analysis the index was written with, kept in the data directory's index folder (each node has its own; with
     * OpenSearch, a node that did not see the change yet rebuilds the shared index once more, which is harmless).
     */
    private static final String ANALYSIS_FILE = "analysis.txt";
    /** Rows read at a time from the database and the index. */
    private static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void rebuildWhenStale() {
        String analysis = new TreeMap<>(AnalysisChains.ALL).toString();
        Path analysisFile = PortalConfig.dataDirectory().resolve("index").resolve(ANALYSIS_FILE);
        boolean analysisChanged = !analysis.equals(read(analysisFile));
        List<Class<?>> stale = Search.mapping(em.getEntityManagerFactory()).allIndexedEntities().stream()
                .filter(type -> analysisChanged || isStale(type))
                .<Class<?>>map(SearchIndexedEntity::javaClass)
                .toList();
        if (!stale.isEmpty()) {
            rebuild(stale, analysisChanged ? "was written with other analyzers" : "is missing or stale");
        }
        write(analysisFile, analysis);
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

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String analysis) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, analysis, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
