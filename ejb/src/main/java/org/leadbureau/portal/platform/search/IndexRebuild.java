package org.leadbureau.portal.platform.search;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.leadbureau.portal.platform.security.Roles;

/** ADMIN's "rebuild the search index": runs the mass indexer in the background and reports its progress. */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());

    /** What the admin page shows; a class with getters for EL. */
    public static final class Progress {
        private final boolean running;
        private final long done;
        private final long total;
        private final Instant finishedAt;
        private final String error;

        Progress(boolean running, long done, long total, Instant finishedAt, String error) {
            this.running = running;
            this.done = done;
            this.total = total;
            this.finishedAt = finishedAt;
            this.error = error;
        }

        public boolean isRunning() {
            return running;
        }

        public long getDone() {
            return done;
        }

        public long getTotal() {
            return total;
        }

        public int getPercent() {
            return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }

        public Instant getFinishedAt() {
            return finishedAt;
        }

        public String getError() {
            return error;
        }
    }

    @PersistenceUnit
    EntityManagerFactory emf;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile boolean running;
    private volatile Instant finishedAt;
    private volatile String error;

    /** Starts a rebuild unless one is running; answers at once. */
    @RolesAllowed(Roles.ADMIN)
    @Lock(LockType.WRITE)
    public Progress start() {
        if (!running) {
            running = true;
            done.set(0);
            total.set(0);
            error = null;
            executor.execute(this::rebuild);
        }
        return progress();
    }

    @RolesAllowed(Roles.ADMIN)
    public Progress progress() {
        return new Progress(running, done.get(), total.get(), finishedAt, error);
    }

    private void rebuild() {
        try {
            Reindexing.emptyingFirst(Search.mapping(emf).scope(Object.class).massIndexer())
                    .monitor(new Monitor())
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "The rebuild was interrupted.";
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the search index failed", e);
            error = "The rebuild failed: " + e.getClass().getSimpleName();
        } finally {
            finishedAt = clock.instant();
            running = false;
        }
    }

    private final class Monitor implements MassIndexingMonitor {
        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
            // counted when added
        }

        @Override
        public void entitiesLoaded(long increment) {
            // counted when added
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
            LOG.info(() -> "Search index rebuilt: " + done.get() + " documents");
        }
    }
}
