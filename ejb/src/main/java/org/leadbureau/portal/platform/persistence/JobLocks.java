package org.leadbureau.portal.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.LockOptions;
import org.hibernate.jpa.AvailableHints;

/** Cluster-wide locks held until the current transaction ends (rows of {@code job_lock}, seeded by migrations). */
@ApplicationScoped
public class JobLocks {

    public static final String CONTENT_IMPORT = "content-import";
    public static final String FIRST_ADMINISTRATOR = "first-administrator";
    public static final String SITE_IMPORT = "site-import";
    public static final String LIBRARY_IMPORT = "library-import";
    public static final String TRAINING_IMPORT = "training-import";
    public static final String OUTBOX_SENDER = "outbox-sender";
    public static final String TRAINING_REMINDERS = "training-reminders";
    public static final String EVALUATION_MAIL = "evaluation-mail";
    public static final String INQUIRY_INTAKE = "inquiry-intake";
    public static final String RETENTION = "retention";
    /** Held while a new resource, site or training chooses its slug, so that two of the same title get two. */
    public static final String NEW_SLUG = "new-slug";
    /** Held by the one node that checks (and may rebuild) the shared search index while it starts. */
    public static final String INDEX_CHECK = "index-check";

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String name) {
        if (em.find(JobLock.class, name, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("No job lock named '" + name + "': add it in a migration");
        }
    }

    /**
     * Takes the lock unless another transaction holds it, without waiting (SKIP LOCKED): for work one node does
     * while the others go on without it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryLock(String name) {
        // The locking read first: what the transaction reads next is what the last holder committed.
        boolean taken = !em.createQuery("select l from JobLock l where l.name = :name", JobLock.class)
                .setParameter("name", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
                .getResultList().isEmpty();
        if (!taken && em.find(JobLock.class, name) == null) {
            throw new IllegalStateException("No job lock named '" + name + "': add it in a migration");
        }
        return taken;
    }
}
