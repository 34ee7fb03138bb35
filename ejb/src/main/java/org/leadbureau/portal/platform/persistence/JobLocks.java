package org.leadbureau.portal.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

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

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String name) {
        if (em.find(JobLock.class, name, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("No job lock named '" + name + "': add it in a migration");
        }
    }
}
