package org.leadbureau.portal.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leadbureau.portal.sites.entity.Site;

/**
 * Imports the rows of a sites CSV into the directory: a row updates the site with its slug, or else the site
 * with its name and state, or creates a new site. Every row is checked before anything is written, and all is
 * written in the caller's one transaction, so a failed import leaves nothing half-done.
 */
@ApplicationScoped
public class SiteImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What importing the content would do, without doing it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SiteImportReport preview(SiteCsvContent content) {
        return plan(content, false).report();
    }

    /**
     * Imports the good rows; {@code updateExisting} false only adds sites the directory does not have yet (the
     * seed must never undo staff edits).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SiteImportReport apply(SiteCsvContent content, String who, boolean updateExisting) {
        Plan plan = plan(content, updateExisting);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        for (Planned planned : plan.rows()) {
            switch (planned.row().action()) {
                case CREATE -> em.persist(new Site(planned.row().slug(), planned.facts().facts(), who, now, today));
                case UPDATE -> planned.site().apply(planned.facts().facts(), who, now, today);
                case UNCHANGED -> {
                    // nothing to do
                }
            }
        }
        em.flush();
        return plan.report();
    }

    private record Planned(PlannedRow row, SiteRow facts, Site site) {
    }

    private record Plan(List<Planned> rows, List<Rejection> rejected) {
        SiteImportReport report() {
            return SiteImportReport.of(rows.stream().map(Planned::row).toList(), rejected);
        }
    }

    private Plan plan(SiteCsvContent content, boolean updateExisting) {
        List<Planned> planned = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>(content.rejected());
        Map<Long, Integer> lineOfSite = new HashMap<>();
        Set<String> newSlugs = new HashSet<>();
        for (SiteRow row : content.rows()) {
            Optional<Site> existing = match(row);
            if (existing.isPresent()) {
                Site site = existing.get();
                Integer earlier = lineOfSite.putIfAbsent(site.getId(), row.line());
                if (earlier != null) {
                    rejected.add(new Rejection(row.line(), row.facts().name(),
                            "duplicate within the file: the same site as line " + earlier));
                    continue;
                }
                boolean changes = updateExisting && !site.facts().equals(row.facts());
                planned.add(new Planned(new PlannedRow(row.line(), row.facts().name(), site.getSlug(),
                        changes ? ImportAction.UPDATE : ImportAction.UNCHANGED), row, site));
            } else {
                String slug = newSlug(row, newSlugs);
                newSlugs.add(slug);
                planned.add(new Planned(new PlannedRow(row.line(), row.facts().name(), slug, ImportAction.CREATE),
                        row, null));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Plan(planned, rejected);
    }

    /**
     * The site a row is about: the one with its slug; else the one with its name in its state; else, for a row
     * without a slug, the one in its state whose slug its name suggests (a seed site staff renamed keeps it).
     */
    private Optional<Site> match(SiteRow row) {
        if (row.slug() != null) {
            Optional<Site> bySlug = bySlug(row.slug());
            if (bySlug.isPresent()) {
                return bySlug;
            }
        }
        Optional<Site> byName = em.createNamedQuery(Site.FIND_BY_NAME_AND_STATE, Site.class)
                .setParameter("name", row.facts().name())
                .setParameter("state", row.facts().state())
                .getResultStream().findFirst();
        if (byName.isPresent() || row.slug() != null) {
            return byName;
        }
        return bySlug(Slugs.of(row.facts().name())).filter(site -> site.getState() == row.facts().state());
    }

    private Optional<Site> bySlug(String slug) {
        return em.createNamedQuery(Site.FIND_BY_SLUG, Site.class).setParameter("slug", slug).getResultStream().findFirst();
    }

    private String newSlug(SiteRow row, Set<String> newSlugs) {
        String wanted = row.slug() != null ? row.slug() : Slugs.of(row.facts().name());
        Set<String> taken = new HashSet<>(newSlugs);
        taken.addAll(em.createNamedQuery(Site.FIND_SLUGS_STARTING_WITH, String.class)
                .setParameter("prefix", wanted + "%").getResultList());
        return Slugs.unique(wanted, taken);
    }
}
