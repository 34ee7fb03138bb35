package org.leadbureau.portal.library.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import org.leadbureau.portal.content.boundary.ImportReport;
import org.leadbureau.portal.library.control.Extraction;
import org.leadbureau.portal.library.control.FileIntake;
import org.leadbureau.portal.library.control.SeedLibraryReader;
import org.leadbureau.portal.library.control.SeedResource;
import org.leadbureau.portal.library.control.SeedTerm;
import org.leadbureau.portal.library.entity.Audience;
import org.leadbureau.portal.library.entity.FileContent;
import org.leadbureau.portal.library.entity.FileFacts;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.library.entity.ResourceDetails;
import org.leadbureau.portal.library.entity.Topic;
import org.leadbureau.portal.library.entity.VocabularyTerm;
import org.leadbureau.portal.platform.persistence.JobLocks;

/**
 * Imports the library seed of the content module: vocabularies first, then each document through the same
 * extraction as an upload. Idempotent: a resource is refreshed only when its seed changed, and never once
 * staff have edited it. Made-up example documents load only with PORTAL_DEMO; without it they are removed.
 */
@Stateless
public class LibraryImporter {

    private static final Logger LOG = Logger.getLogger(LibraryImporter.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLocks jobLocks;

    @Inject
    FileIntake intake;

    @Inject
    Clock clock;

    @Inject
    Vocabularies vocabularies;

    public ImportReport importSeed(boolean demo) {
        jobLocks.lock(JobLocks.LIBRARY_IMPORT);
        var reader = new SeedLibraryReader(LibraryImporter.class.getClassLoader());
        importTerms(reader.topics(), Topic.class, Topic::new);
        importTerms(reader.audiences(), Audience.class, Audience::new);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (SeedResource seed : reader.resources()) {
            if (seed.demo() && !demo) {
                continue;
            }
            LibraryResource resource = em.createNamedQuery(LibraryResource.FIND_BY_SLUG, LibraryResource.class)
                    .setParameter("slug", seed.slug()).getResultStream().findFirst().orElse(null);
            if (resource != null && (resource.getSeedChecksum() == null
                    || resource.getSeedChecksum().equals(seed.checksum()))) {
                unchanged++;
                continue;
            }
            var details = new ResourceDetails(seed.title(), seed.summary(), seed.type(),
                    Set.copyOf(vocabularies.topics(seed.topics())), Set.copyOf(vocabularies.audiences(seed.audiences())),
                    seed.published(), seed.language(), seed.status(), null);
            Extraction extraction = intake.extract(seed.fileName(), seed.content());
            var facts = new FileFacts(seed.fileName(), extraction.mediaType(), extraction.sizeBytes(), extraction.sha256());
            var content = new FileContent(seed.content());
            em.persist(content);
            if (resource == null) {
                resource = new LibraryResource(seed.slug(), details, clock.instant());
                resource.attach(facts, content, extraction.text(), clock.instant());
                em.persist(resource);
                created++;
            } else {
                FileContent previous = resource.getFileContent();
                resource.describe(details, clock.instant());
                resource.attach(facts, content, extraction.text(), clock.instant());
                if (previous != null) {
                    em.remove(previous);
                }
                updated++;
            }
            resource.markSeed(seed.checksum());
            resource.markDemo(seed.demo());
        }
        var report = new ImportReport(created, updated, unchanged);
        LOG.info(() -> "Seed library imported: " + report);
        return report;
    }

    /** Demo content turned off: example documents have no registrations to keep, so all are removed. */
    public int withdrawDemo() {
        jobLocks.lock(JobLocks.LIBRARY_IMPORT);
        List<LibraryResource> demo = em.createNamedQuery(LibraryResource.FIND_DEMO, LibraryResource.class)
                .getResultList();
        for (LibraryResource resource : demo) {
            FileContent content = resource.getFileContent();
            em.remove(resource);
            if (content != null) {
                em.remove(content);
            }
        }
        LOG.info(() -> "Demo documents withdrawn (PORTAL_DEMO is off): " + demo.size() + " removed");
        return demo.size();
    }

    private <T extends VocabularyTerm> void importTerms(List<SeedTerm> seeds, Class<T> type,
                                                        BiFunction<String, String, T> create) {
        Set<String> known = new HashSet<>();
        em.createQuery("select t from " + type.getSimpleName() + " t", type).getResultStream()
                .forEach(term -> known.add(term.getSlug()));
        for (SeedTerm seed : seeds) {
            if (!known.contains(seed.slug())) {
                em.persist(create.apply(seed.slug(), seed.label()));
            }
        }
        em.flush();
    }
}
