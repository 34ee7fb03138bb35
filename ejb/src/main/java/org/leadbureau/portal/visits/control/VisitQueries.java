package org.leadbureau.portal.visits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.leadbureau.portal.visits.entity.SiteVisit;

/**
 * Lists of visits by a filter, built as one JPQL query with only the conditions the filter sets. The visits come
 * with their sites, inquiries and trainers in that one statement, however many there are; the trainers' roles
 * follow in batches (hibernate.default_batch_fetch_size), one statement for up to 64 trainers.
 */
@ApplicationScoped
public class VisitQueries {

    @PersistenceContext
    EntityManager em;

    public List<SiteVisit> find(VisitFilter filter) {
        StringBuilder jpql = new StringBuilder("select distinct v from SiteVisit v join fetch v.site"
                + " left join fetch v.inquiry left join fetch v.trainers"
                + " where v.endsAt > :from and v.startsAt < :to");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", filter.from());
        parameters.put("to", filter.to());
        if (filter.trainer() != null && !filter.trainer().isBlank()) {
            jpql.append(" and exists (select t.id from SiteVisit w join w.trainers t where w = v and t.email = :trainer)");
            parameters.put("trainer", filter.trainer().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.site() != null && !filter.site().isBlank()) {
            jpql.append(" and v.site.slug = :site");
            parameters.put("site", filter.site().strip());
        }
        if (filter.status() != null) {
            jpql.append(" and v.status = :status");
            parameters.put("status", filter.status());
        }
        TypedQuery<SiteVisit> query = em.createQuery(jpql.append(" order by v.startsAt, v.id").toString(), SiteVisit.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
