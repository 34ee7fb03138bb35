package org.leadbureau.portal.sites.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.persistence.LikePatterns;
import org.leadbureau.portal.platform.i18n.Wording;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.rules.RefusedException;
import org.leadbureau.portal.sites.control.SiteFilter;
import org.leadbureau.portal.sites.control.SiteQueries;
import org.leadbureau.portal.sites.control.SiteSort;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.UsState;

/** The public directory of sites: what anyone may read. Retired sites and drafts are not part of it. */
@Stateless
public class Sites {

    /** The most sites a whole list (an export, the map, a choice of sites) holds; more must be paged. */
    public static final int EXPORT_CAP = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteQueries queries;

    @Inject
    Clock clock;

    /** The sites of one page, in the given order. */
    public List<Site> find(@NotNull SiteFilter filter, @NotNull SiteSort sort, boolean ascending,
                           @NotNull PageRequest page) {
        return queries.find(filter, sort, ascending, page.offset(), page.size());
    }

    public Page<Site> page(@NotNull SiteFilter filter, @NotNull SiteSort sort, boolean ascending,
                           @NotNull PageRequest page) {
        return new Page<>(find(filter, sort, ascending, page), count(filter), page);
    }

    /** Every matching site, by name, up to {@link #EXPORT_CAP}. */
    public List<Site> all(@NotNull SiteFilter filter) {
        return queries.find(filter, SiteSort.NAME, true, 0, EXPORT_CAP);
    }

    /** Refuses, before anything is written, an export of more than {@link #EXPORT_CAP} sites. */
    public void checkExportable(@NotNull SiteFilter filter) {
        if (count(filter) > EXPORT_CAP) {
            throw new RefusedException(Wording.of("sites.export.tooMany", EXPORT_CAP, PageRequest.MAX_SIZE));
        }
    }

    /**
     * Hands each matching site (at most {@link #EXPORT_CAP}) to {@code each} while the database reads them, so
     * that an export streams instead of holding every site at once.
     */
    public void export(@NotNull SiteFilter filter, @NotNull SiteSort sort, boolean ascending,
                       @NotNull Consumer<Site> each) {
        queries.stream(filter, sort, ascending, EXPORT_CAP).forEach(site -> {
            each.accept(site);
            em.detach(site);
        });
    }

    public long count(@NotNull SiteFilter filter) {
        return queries.count(filter);
    }

    public Map<UsState, Long> countByState(@NotNull SiteFilter filter) {
        return queries.countByState(filter);
    }

    /** A site of the directory with its status history, or empty when there is none (or it is retired or a draft). */
    public Optional<Site> find(String slug) {
        return em.createNamedQuery(Site.FIND_BY_SLUG, Site.class)
                .setParameter("slug", slug)
                .getResultStream()
                .filter(Site::isListed)
                .findFirst();
    }

    /**
     * Up to {@code limit} sites of the directory whose name or jurisdiction contains {@code text}, by name: the
     * suggestions of a site chooser, so that it never lists the whole directory.
     */
    public List<SiteChoice> choices(String text, int limit) {
        return em.createQuery("select s from Site s where s.published = true and s.retiredAt is null"
                        + " and (lower(s.name) like :pattern escape '!' or lower(s.jurisdiction) like :pattern escape '!')"
                        + " order by s.name, s.id", Site.class)
                .setParameter("pattern", LikePatterns.containing(text == null ? "" : text))
                .setMaxResults(limit)
                .getResultStream().map(SiteChoice::of).toList();
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
