package org.leadbureau.portal.timeline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leadbureau.portal.inquiry.entity.Inquiry;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.timeline.boundary.TimelineEntry;
import org.leadbureau.portal.timeline.boundary.TimelineKind;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;
import org.leadbureau.portal.visits.entity.SiteVisit;

/**
 * A site's timeline as the database orders and pages it: one statement finds a page of (kind, id, time) across the
 * kinds, then one statement per kind on the page reads what it shows, so a page costs the same whatever the site's
 * history holds.
 */
@ApplicationScoped
public class TimelineQueries {

    /** Each kind's rows as (kind, id, at); only fixed text, the site is a parameter. */
    private static final Map<TimelineKind, String> PARTS = Map.of(
            TimelineKind.INQUIRY, "select 'INQUIRY' as kind, i.id as id, i.created_at as at from inquiry i"
                    + " where i.site_id = :site",
            TimelineKind.VISIT, "select 'VISIT' as kind, v.id as id, v.starts_at as at from site_visit v"
                    + " where v.site_id = :site",
            // A training belongs to the site's record when someone from the site registered and did not cancel.
            TimelineKind.TRAINING, "select 'TRAINING' as kind, t.id as id, t.starts_at as at from training t"
                    + " where exists (select 1 from training_registration r where r.training_id = t.id"
                    + " and r.site_id = :site and r.status <> 'CANCELLED')",
            // Answers from the site's visits and from its people's trainings.
            TimelineKind.EVALUATION, "select 'EVALUATION' as kind, e.id as id, e.answered_at as at from evaluation e"
                    + " left join site_visit v on v.id = e.visit_id"
                    + " left join training_registration r on r.id = e.registration_id"
                    + " where e.answered_at is not null and (v.site_id = :site or r.site_id = :site)");

    @PersistenceContext
    EntityManager em;

    public long count(Site site, TimelineKind kind) {
        Query count = em.createNativeQuery("select count(*) from (" + union(kind) + ") e");
        count.setParameter("site", site.getId());
        return ((Number) count.getSingleResult()).longValue();
    }

    /** Up to {@code max} entries from {@code offset}, newest first. */
    public List<TimelineEntry> find(Site site, TimelineKind kind, int offset, int max) {
        Query keys = em.createNativeQuery("select e.kind, e.id, e.at from (" + union(kind) + ") e"
                + " order by e.at desc, e.kind, e.id desc");
        keys.setParameter("site", site.getId());
        keys.setFirstResult(offset);
        keys.setMaxResults(max);
        List<Key> page = new ArrayList<>();
        for (Object row : keys.getResultList()) {
            Object[] columns = (Object[]) row;
            page.add(new Key(TimelineKind.valueOf((String) columns[0]), ((Number) columns[1]).longValue()));
        }
        Map<TimelineKind, List<Long>> idsByKind = new EnumMap<>(TimelineKind.class);
        page.forEach(key -> idsByKind.computeIfAbsent(key.kind(), k -> new ArrayList<>()).add(key.id()));
        Map<Key, TimelineEntry> entries = new LinkedHashMap<>();
        idsByKind.forEach((k, ids) -> entries.putAll(switch (k) {
            case INQUIRY -> inquiries(ids);
            case VISIT -> visits(ids);
            case TRAINING -> trainings(site, ids);
            case EVALUATION -> evaluations(ids);
        }));
        return page.stream().map(entries::get).toList();
    }

    private static String union(TimelineKind kind) {
        if (kind != null) {
            return PARTS.get(kind);
        }
        List<String> parts = new ArrayList<>();
        for (TimelineKind each : TimelineKind.values()) {
            parts.add(PARTS.get(each));
        }
        return String.join(" union all ", parts);
    }

    private Map<Key, TimelineEntry> inquiries(List<Long> ids) {
        return em.createQuery("select i from Inquiry i where i.id in :ids", Inquiry.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(i -> new Key(TimelineKind.INQUIRY, i.getId()),
                        TimelineEntries::inquiry));
    }

    private Map<Key, TimelineEntry> visits(List<Long> ids) {
        return em.createQuery("select v from SiteVisit v left join fetch v.inquiry where v.id in :ids", SiteVisit.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(v -> new Key(TimelineKind.VISIT, v.getId()),
                        TimelineEntries::visit));
    }

    /** Each training with how many people of the site registered for it, by status. */
    private Map<Key, TimelineEntry> trainings(Site site, List<Long> ids) {
        Map<Long, Map<RegistrationStatus, Long>> counts = new LinkedHashMap<>();
        em.createQuery("select r.training.id, r.status, count(r) from Registration r where r.site = :site"
                        + " and r.training.id in :ids group by r.training.id, r.status", Object[].class)
                .setParameter("site", site).setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(RegistrationStatus.class))
                        .put((RegistrationStatus) row[1], (Long) row[2]));
        Function<Training, TimelineEntry> entry = training -> TimelineEntries.training(training,
                counts.getOrDefault(training.getId(), Map.of()));
        return em.createQuery("select t from Training t where t.id in :ids", Training.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(t -> new Key(TimelineKind.TRAINING, t.getId()), entry));
    }

    /** Each answered evaluation with its ratings and what it evaluated, in one statement. */
    private Map<Key, TimelineEntry> evaluations(List<Long> ids) {
        Map<Key, TimelineEntry> entries = new LinkedHashMap<>();
        em.createQuery("select e.id, e.answeredAt, e.overall, e.usefulness, e.recommend, t.title, t.slug, v.id,"
                        + " v.purpose from Evaluation e left join e.training t left join e.visit v where e.id in :ids",
                        Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> entries.put(new Key(TimelineKind.EVALUATION, (Long) row[0]), TimelineEntries.evaluation(
                        new TimelineEntries.Answer((Instant) row[1], (Integer) row[2], (Integer) row[3],
                                (Boolean) row[4], (String) row[5], (String) row[6], (Long) row[7], (String) row[8]))));
        return entries;
    }

    private record Key(TimelineKind kind, long id) {
    }
}
