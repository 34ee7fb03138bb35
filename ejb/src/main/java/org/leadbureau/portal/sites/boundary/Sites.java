package org.leadbureau.portal.sites.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leadbureau.portal.sites.control.SiteCsv;
import org.leadbureau.portal.sites.control.SiteFilter;
import org.leadbureau.portal.sites.control.SiteQueries;
import org.leadbureau.portal.sites.control.SiteRow;
import org.leadbureau.portal.sites.control.SiteSort;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.UsState;

/** The public directory of sites: what anyone may read. Retired sites and drafts are not part of it. */
@Stateless
public class Sites {

    /** The most sites one page of the directory holds. */
    public static final int MAX_PAGE_SIZE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteQueries queries;

    @Inject
    Clock clock;

    public List<Site> find(@NotNull SiteFilter filter, @NotNull SiteSort sort, boolean ascending,
                           @Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int max) {
        return queries.find(filter, sort, ascending, first, max);
    }

    /** Every matching site, by name. */
    public List<Site> all(@NotNull SiteFilter filter) {
        return queries.find(filter, SiteSort.NAME, true, 0, Integer.MAX_VALUE);
    }

    public long count(@NotNull SiteFilter filter) {
        return queries.count(filter);
    }

    public Map<UsState, Long> countByState(@NotNull SiteFilter filter) {
        return queries.countByState(filter);
    }

    /** The matching sites as a CSV in the import format. */
    public String csv(@NotNull SiteFilter filter) {
        return SiteCsv.write(all(filter).stream().map(site -> new SiteRow(0, site.getSlug(), site.facts())).toList());
    }

    /** A site of the directory with its status history, or empty when there is none (or it is retired or a draft). */
    public Optional<Site> find(String slug) {
        return em.createNamedQuery(Site.FIND_BY_SLUG, Site.class)
                .setParameter("slug", slug)
                .getResultStream()
                .filter(Site::isListed)
                .findFirst();
    }

    /** The other sites of the directory in the same state, by name. */
    public List<Site> neighbours(@NotNull Site site) {
        return em.createNamedQuery(Site.FIND_IN_STATE, Site.class)
                .setParameter("state", site.getState())
                .setParameter("except", site.getId())
                .getResultList();
    }

    /** Today in the portal's clock, to judge how fresh facts are. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
