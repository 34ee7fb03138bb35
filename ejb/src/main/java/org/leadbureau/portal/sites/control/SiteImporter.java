package org.leadbureau.portal.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.leadbureau.portal.platform.persistence.JobLocks;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.UsState;

/**
 * Imports the rows of a sites CSV into the directory as an {@link ImportPlan} decides. Every row is checked and
 * planned before anything is written, and all is written in the caller's one transaction, so a failed import
 * leaves nothing half-done.
 */
@ApplicationScoped
public class SiteImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLocks jobLocks;

    @Inject
    Clock clock;

    /** What importing the content would do, without doing it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SiteImportReport preview(SiteCsvContent content) {
        return ImportPlan.of(content, directory(), true).report();
    }

    /**
     * Imports the good rows; {@code updateExisting} false only adds sites the directory does not have yet (the
     * seed must never undo staff edits).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SiteImportReport apply(SiteCsvContent content, String who, boolean updateExisting) {
        jobLocks.lock(JobLocks.NEW_SLUG);
        ImportPlan plan = ImportPlan.of(content, directory(), updateExisting);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        for (ImportPlan.Step step : plan.steps()) {
            switch (step.row().action()) {
                case CREATE -> em.persist(new Site(step.row().slug(), step.facts(), who, now, today));
                case UPDATE -> step.site().apply(step.facts(), who, now, today);
                case UNCHANGED -> {
                    // nothing to write
                }
            }
        }
        em.flush();
        return plan.report();
    }

    private ImportPlan.Directory directory() {
        return new ImportPlan.Directory() {
            @Override
            public Optional<Site> bySlug(String slug) {
                return em.createNamedQuery(Site.FIND_BY_SLUG, Site.class).setParameter("slug", slug)
                        .getResultStream().findFirst();
            }

            @Override
            public Optional<Site> byNameAndState(String name, UsState state) {
                return em.createNamedQuery(Site.FIND_BY_NAME_AND_STATE, Site.class).setParameter("name", name)
                        .setParameter("state", state).getResultStream().findFirst();
            }

            @Override
            public Set<String> slugsStartingWith(String prefix) {
                return new HashSet<>(em.createNamedQuery(Site.FIND_SLUGS_STARTING_WITH, String.class)
                        .setParameter("prefix", prefix + "%").getResultList());
            }
        };
    }
}
