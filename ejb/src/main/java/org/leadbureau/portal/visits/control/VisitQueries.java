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

/** Lists of visits by a filter, built as one JPQL query with only the conditions the filter sets. */
@ApplicationScoped
public class VisitQueries {

    @PersistenceContext
    EntityManager em;

    public List<SiteVisit> find(VisitFilter filter) {
        StringBuilder jpql = new StringBuilder("select distinct v from SiteVisit v left join v.trainers t where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.from() != null) {
            jpql.append(" and v.endsAt > :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and v.startsAt < :to");
            parameters.put("to", filter.to());
        }
        if (filter.trainer() != null && !filter.trainer().isBlank()) {
            jpql.append(" and t.email = :trainer");
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
