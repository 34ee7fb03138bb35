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
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.leadbureau.portal.platform.config.PortalConfig;

/**
 * At start-up, rebuilds the search index from the database when it is missing or stale: the index lives
 * on local disk and may have been deleted, or the database restored, while the server was down; and when the
 * analyzers changed since the index was written (a new stemmer), since old terms would no longer match queries.
 */
@Startup
@Singleton
@DependsOn({"SeedImport", "LibrarySeedImport"})
// The mass indexer runs its own transactions.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexIntegrity {

    private static final Logger LOG = Logger.getLogger(IndexIntegrity.class.getName());
    /** The analysis the index was written with, kept beside the index (each node has its own). */
    private static final String ANALYSIS_FILE = "analysis.txt";

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
