package org.leadbureau.portal.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.jpa.AvailableHints;
import org.leadbureau.portal.platform.persistence.LikePatterns;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.UsState;

/** The directory's queries: filtering, sorting, paging and counting all happen in the database. */
@ApplicationScoped
public class SiteQueries {

    /** Not the backslash: MariaDB would read it as escaping the quote of the SQL literal. */

    @PersistenceContext
    EntityManager em;

    /** One page of the public (not retired) sites that match, in the given order. */
    public List<Site> find(SiteFilter filter, SiteSort sort, boolean ascending, int first, int max) {
        return ordered(filter, sort, ascending).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The matching sites read as a stream (the database sends them in batches), at most {@code max}. */
    public Stream<Site> stream(SiteFilter filter, SiteSort sort, boolean ascending, int max) {
        return ordered(filter, sort, ascending).setMaxResults(max).setHint(AvailableHints.HINT_FETCH_SIZE, 200)
                .getResultStream();
    }

    /** One page of every site, drafts and retired ones too (the staff list). */
    public List<Site> everySite(SiteSort sort, boolean ascending, int first, int max) {
        return ordered(null, sort, ascending).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The sites that match {@code filter} (every site when it is null), in the given order. */
    private TypedQuery<Site> ordered(SiteFilter filter, SiteSort sort, boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Site> query = cb.createQuery(Site.class);
        Root<Site> site = query.from(Site.class);
        query.select(site).orderBy(order(cb, site, sort, ascending));
        if (filter != null) {
            query.where(matching(cb, site, filter));
        }
        return em.createQuery(query);
    }

    public long countEverySite() {
        return em.createQuery("select count(s) from Site s", Long.class).getSingleResult();
    }

    public long count(SiteFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Site> site = query.from(Site.class);
        query.select(cb.count(site)).where(matching(cb, site, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** How many matching sites each state has; states without any are left out. */
    public Map<UsState, Long> countByState(SiteFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Site> site = query.from(Site.class);
        Path<UsState> state = site.get("state");
        query.multiselect(state, cb.count(site)).where(matching(cb, site, filter)).groupBy(state);
        Map<UsState, Long> counts = new EnumMap<>(UsState.class);
        for (Object[] row : em.createQuery(query).getResultList()) {
            counts.put((UsState) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Site> site, SiteFilter filter) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isNull(site.get("retiredAt")));
        where.add(cb.isTrue(site.get("published")));
        if (filter.state() != null) {
            where.add(cb.equal(site.get("state"), filter.state()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(site.get("status"), filter.status()));
        }
        Path<Integer> year = site.get("launched").get("year");
        if (filter.launchedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(year, filter.launchedFrom()));
        }
        if (filter.launchedTo() != null) {
            where.add(cb.lessThanOrEqualTo(year, filter.launchedTo()));
        }
        if (filter.text() != null) {
            String pattern = LikePatterns.containing(filter.text());
            List<Predicate> anyField = new ArrayList<>();
            for (String field : List.of("name", "jurisdiction", "notes", "organisation", "description")) {
                anyField.add(cb.like(cb.lower(site.get(field)), pattern, LikePatterns.ESCAPE));
            }
            where.add(cb.or(anyField.toArray(Predicate[]::new)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Site> site, SiteSort sort, boolean ascending) {
        List<Expression<?>> keys = switch (sort) {
            case NAME -> List.of();
            case JURISDICTION -> List.of(site.get("jurisdiction"));
            case STATE -> List.of(site.get("state"));
            case STATUS -> List.of(site.get("status"));
            case LAUNCHED -> List.of(site.get("launched").get("year"), site.get("launched").get("month"),
                    site.get("launched").get("day"));
            case VERIFIED -> List.of(site.get("lastVerified"));
        };
        List<Order> orders = new ArrayList<>();
        keys.forEach(key -> orders.add(ascending ? cb.asc(key) : cb.desc(key)));
        // Name, then id: a stable order, so that paging never shows a site twice or skips one.
        orders.add(sort == SiteSort.NAME && !ascending ? cb.desc(site.get("name")) : cb.asc(site.get("name")));
        orders.add(cb.asc(site.get("id")));
        return orders;
    }
}
