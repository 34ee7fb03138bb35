package org.leadbureau.portal.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.library.entity.FileFacts;
import org.leadbureau.portal.library.entity.LibraryResource;
import org.leadbureau.portal.library.entity.ResourceStatus;
import org.leadbureau.portal.library.entity.ResourceType;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.paging.PageRequest;

/**
 * Lists of resources, filtered, sorted and paged in the database. Five statements a page whatever its size (the
 * count, the rows, their topics, their audiences, their replaced files), and the rows are projections: the extracted text is never read.
 */
@ApplicationScoped
public class ResourceListing {

    @PersistenceContext
    EntityManager em;

    public Page<ResourceItem> find(ResourceFilter filter, boolean publishedOnly) {
        long total = count(filter, publishedOnly);
        boolean pastTheEnd = filter.page().offset() >= total;
        return new Page<>(pastTheEnd ? List.of() : rows(filter, publishedOnly), total, filter.page());
    }

    public long count(ResourceFilter filter, boolean publishedOnly) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<LibraryResource> counted = count.from(LibraryResource.class);
        count.select(cb.count(counted)).where(matching(cb, count, counted, filter, publishedOnly));
        return em.createQuery(count).getSingleResult();
    }

    /** The rows of the filter's page. */
    public List<ResourceItem> rows(ResourceFilter filter, boolean publishedOnly) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        PageRequest page = filter.page();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<LibraryResource> resource = query.from(LibraryResource.class);
        Path<FileFacts> file = resource.get("file");
        query.multiselect(resource.get("id"), resource.get("slug"), resource.get("title"), resource.get("summary"),
                        resource.get("type"), resource.get("publishedOn"), resource.get("language"),
                        resource.get("status"), resource.get("externalUrl"), file.get("fileName"),
                        file.get("mediaType"), file.get("sizeBytes"), file.get("sha256"), resource.get("demo"))
                .where(matching(cb, query, resource, filter, publishedOnly))
                .orderBy(order(cb, resource, filter));
        List<Tuple> rows = em.createQuery(query).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> row.get(0, Long.class)).toList();
        Map<Long, List<String>> topics = terms("topics", ids);
        Map<Long, List<String>> audiences = terms("audiences", ids);
        Map<Long, Long> replaced = replacedFiles(ids);
        return rows.stream().map(row -> {
            Long id = row.get(0, Long.class);
            String fileName = row.get(9, String.class);
            FileFacts facts = fileName == null ? null : new FileFacts(fileName, row.get(10, String.class),
                    row.get(11, Long.class), row.get(12, String.class));
            return new ResourceItem(row.get(1, String.class), row.get(2, String.class), row.get(3, String.class),
                    row.get(4, ResourceType.class), topics.getOrDefault(id, List.of()),
                    audiences.getOrDefault(id, List.of()), row.get(5, LocalDate.class), row.get(6, String.class),
                    row.get(7, ResourceStatus.class), row.get(8, String.class), facts,
                    replaced.getOrDefault(id, 0L).intValue(), row.get(13, Boolean.class));
        }).toList();
    }

    /**
     * How many files each of the resources had before its current one. Counted for the page's rows only: as a
     * column of the rows' query, the database would count for every resource before sorting and cutting the page.
     */
    private Map<Long, Long> replacedFiles(List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select r.id, count(h) from LibraryResource r join r.fileHistory h where r.id in :ids"
                        + " group by r.id", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The slugs of one vocabulary for each of the resources, by label (as the resource's page lists them). */
    private Map<Long, List<String>> terms(String vocabulary, List<Long> ids) {
        Map<Long, List<String>> slugs = new HashMap<>();
        em.createQuery("select r.id, t.slug from LibraryResource r join r." + vocabulary + " t where r.id in :ids"
                        + " order by t.label", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> slugs.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return slugs;
    }

    private static Predicate[] matching(CriteriaBuilder cb, AbstractQuery<?> query, Root<LibraryResource> resource,
                                        ResourceFilter filter, boolean publishedOnly) {
        List<Predicate> where = new ArrayList<>();
        if (publishedOnly) {
            where.add(cb.equal(resource.get("status"), ResourceStatus.PUBLISHED));
        }
        filter.types().forEach(type -> where.add(cb.equal(resource.get("type"), type)));
        filter.topics().forEach(slug -> where.add(has(cb, query, resource, "topics", slug)));
        filter.audiences().forEach(slug -> where.add(has(cb, query, resource, "audiences", slug)));
        filter.years().forEach(year -> where.add(cb.between(resource.get("publishedOn"), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31))));
        return where.toArray(Predicate[]::new);
    }

    private static Predicate has(CriteriaBuilder cb, AbstractQuery<?> query, Root<LibraryResource> resource,
                                 String vocabulary, String slug) {
        Subquery<Long> term = query.subquery(Long.class);
        var terms = term.correlate(resource).join(vocabulary);
        term.select(terms.<Long>get("id")).where(cb.equal(terms.get("slug"), slug));
        return cb.exists(term);
    }

    /** The chosen order, then the others and the id: a stable order, so paging never repeats or skips a row. */
    private static List<Order> order(CriteriaBuilder cb, Root<LibraryResource> resource, ResourceFilter filter) {
        Path<?> date = resource.get("publishedOn");
        Path<?> title = resource.get("title");
        List<Order> orders = new ArrayList<>();
        if (filter.sort() == ResourceFilter.Sort.DATE) {
            orders.add(filter.descending() ? cb.desc(date) : cb.asc(date));
            orders.add(cb.asc(title));
        } else {
            orders.add(filter.descending() ? cb.desc(title) : cb.asc(title));
            orders.add(cb.desc(date));
        }
        orders.add(cb.asc(resource.get("id")));
        return orders;
    }
}
