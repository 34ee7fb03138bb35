package org.leadbureau.portal.library.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.library.entity.ResourceStatus;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.library.entity.VocabularyTerm;
import org.leadbureau.portal.platform.security.Roles;

/**
 * One line of a bulk import, each in a transaction of its own, so that a refused file or bad metadata rejects its
 * line only. A dry run does the same work and rolls it back: the preview runs every check a real import runs.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LibraryImportLines {

    /** What a line did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryCuration curation;

    @Resource
    SessionContext context;

    /** The resource whose current file has this SHA-256, if the library holds it. */
    public Optional<String> holding(String sha256) {
        return em.createQuery("select r.slug from LibraryResource r where r.file.sha256 = :sha256 order by r.id",
                        String.class)
                .setParameter("sha256", sha256).setMaxResults(1).getResultStream().findFirst();
    }

    /** A new resource from the file (extraction and refusals as for a single upload). */
    public Outcome create(ResourceForm form, String fileName, byte[] content, boolean dryRun) {
        curation.create(form, fileName, content);
        if (dryRun) {
            context.setRollbackOnly();
        }
        return Outcome.CREATED;
    }

    /** New metadata for a file the library already holds; nothing is written when it is the same. */
    public Outcome describe(String slug, ResourceForm form, boolean dryRun) {
        Metadata before = Metadata.of(curation.find(slug));
        boolean changed = !Metadata.of(curation.update(slug, form)).equals(before);
        if (dryRun || !changed) {
            context.setRollbackOnly();
        }
        return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** What the manifest describes of a resource, to tell an update from a repeat. */
    private record Metadata(String title, String summary, ResourceType type, Set<String> topics, Set<String> audiences,
                            LocalDate published, String language, ResourceStatus status) {

        static Metadata of(LibraryResource resource) {
            return new Metadata(resource.getTitle(), resource.getSummary(), resource.getType(),
                    slugs(resource.getTopics()), slugs(resource.getAudiences()), resource.getPublishedOn(),
                    resource.getLanguage(), resource.getStatus());
        }

        private static Set<String> slugs(Collection<? extends VocabularyTerm> terms) {
            return terms.stream().map(VocabularyTerm::getSlug).collect(Collectors.toSet());
        }
    }
}
