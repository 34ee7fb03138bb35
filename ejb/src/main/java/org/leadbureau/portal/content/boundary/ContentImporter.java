package org.leadbureau.portal.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.leadbureau.portal.content.control.SeedPage;
import org.leadbureau.portal.content.control.SeedPageReader;
import org.leadbureau.portal.content.entity.ContentPage;
import org.leadbureau.portal.platform.persistence.JobLocks;

/**
 * Imports the content module's seed, each page in each of its languages, into the database. Idempotent: a page
 * already imported is only refreshed when its seed changed, and never once staff have edited it.
 */
@Stateless
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLocks jobLocks;

    @Inject
    Clock clock;

    public ImportReport importPages() {
        // Several nodes may start at once: the lock makes them import one after the other.
        jobLocks.lock(JobLocks.CONTENT_IMPORT);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (SeedPage seed : new SeedPageReader(ContentImporter.class.getClassLoader()).readAll()) {
            ContentPage page = em.createNamedQuery(ContentPage.FIND_BY_SLUG, ContentPage.class)
                    .setParameter("slug", seed.slug())
                    .setParameter("languages", List.of(seed.language()))
                    .getResultStream().findFirst().orElse(null);
            if (page == null) {
                em.persist(new ContentPage(seed.slug(), seed.language(), seed.text(), seed.checksum(), clock.instant()));
                created++;
            } else if (page.refreshFromSeed(seed.text(), seed.checksum(), clock.instant())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        var report = new ImportReport(created, updated, unchanged);
        LOG.info(() -> "Seed pages imported: " + report);
        return report;
    }
}
