package org.leadbureau.portal.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.platform.paging.Page;
import org.leadbureau.portal.platform.paging.PageRequest;
import org.leadbureau.portal.platform.persistence.LikePatterns;
import org.leadbureau.portal.training.entity.Registration;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.training.entity.Training;

/**
 * A training's roster as the database filters, orders and pages it: confirmed, waitlisted in order, cancelled,
 * attended, with each waitlisted person's place; a page costs three statements whatever its size.
 */
@ApplicationScoped
public class RosterQueries {

    @PersistenceContext
    EntityManager em;

    public Page<RosterRow> page(Training training, RosterFilter filter, PageRequest page) {
        List<Registration> registrations = ordered(training, filter).setFirstResult(page.offset())
                .setMaxResults(page.size()).getResultList();
        Map<Long, Long> places = places(registrations);
        List<RosterRow> items = registrations.stream()
                .map(registration -> new RosterRow(registration, places.containsKey(registration.getId())
                        ? places.get(registration.getId()).intValue() : null))
                .toList();
        return new Page<>(items, count(training, filter), page);
    }

    /** The registrations the filter lets through, in roster order, at most {@code max} of them. */
    public List<Registration> first(Training training, RosterFilter filter, int max) {
        return ordered(training, filter).setMaxResults(max).getResultList();
    }

    public long count(Training training, RosterFilter filter) {
        TypedQuery<Long> count = em.createQuery("select count(r) from Registration r" + where(filter), Long.class);
        bind(count, training, filter);
        return count.getSingleResult();
    }

    /** Confirmed, waitlisted in line, then the rest; ties by when they registered. */
    private TypedQuery<Registration> ordered(Training training, RosterFilter filter) {
        // The registrant's site comes with the row: the roster and its CSV show it.
        TypedQuery<Registration> rows = em.createQuery("select r from Registration r left join fetch r.site" + where(filter)
                + " order by r.status, r.waitlistNumber, r.createdAt, r.id", Registration.class);
        bind(rows, training, filter);
        return rows;
    }

    /** Each waitlisted registration's place in line (how many wait with a number up to its own), in one statement. */
    private Map<Long, Long> places(List<Registration> registrations) {
        List<Long> waitlisted = registrations.stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.WAITLISTED)
                .map(Registration::getId).toList();
        Map<Long, Long> places = new HashMap<>();
        if (!waitlisted.isEmpty()) {
            em.createQuery("select r.id, count(w) from Registration r, Registration w where r.id in :ids"
                            + " and w.training = r.training and w.status = :waitlisted"
                            + " and w.waitlistNumber <= r.waitlistNumber group by r.id", Object[].class)
                    .setParameter("ids", waitlisted)
                    .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                    .getResultList()
                    .forEach(row -> places.put((Long) row[0], (Long) row[1]));
        }
        return places;
    }

    /** How many registrations have each status, whatever the filter. */
    public Map<RegistrationStatus, Long> counts(Training training) {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select r.status, count(r) from Registration r where r.training = :training group by r.status",
                        Object[].class)
                .setParameter("training", training)
                .getResultList()
                .forEach(row -> counts.put((RegistrationStatus) row[0], (Long) row[1]));
        return counts;
    }

    private static String where(RosterFilter filter) {
        StringBuilder where = new StringBuilder(" where r.training = :training");
        if (filter.getStatus() != null) {
            where.append(" and r.status = :status");
        }
        if (filter.getText() != null) {
            where.append(" and (lower(r.name) like :text escape '!' or lower(r.email) like :text escape '!'"
                    + " or lower(r.organisation) like :text escape '!')");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Training training, RosterFilter filter) {
        query.setParameter("training", training);
        if (filter.getStatus() != null) {
            query.setParameter("status", filter.getStatus());
        }
        if (filter.getText() != null) {
            query.setParameter("text", LikePatterns.containing(filter.getText()));
        }
    }
}
