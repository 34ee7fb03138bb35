package org.leadbureau.portal.library.control;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The labels of topics and audiences, for facets: read from the database at most once a minute instead of on
 * every search. Labels change rarely (a seed import), so a relabelled term shows within a minute on every node.
 */
final class FacetLabels {

    private static final long MAX_AGE = Duration.ofMinutes(1).toNanos();

    private volatile Map<String, String> labels;
    private volatile long readAt;

    static String topic(String slug) {
        return "topic:" + slug;
    }

    static String audience(String slug) {
        return "audience:" + slug;
    }

    /** Labels by {@link #topic} and {@link #audience} keys. */
    Map<String, String> current(EntityManager em) {
        Map<String, String> current = labels;
        if (current == null || System.nanoTime() - readAt > MAX_AGE) {
            Map<String, String> read = new HashMap<>();
            em.createQuery("select t.slug, t.label from Topic t", Object[].class).getResultList()
                    .forEach(row -> read.put(topic((String) row[0]), (String) row[1]));
            em.createQuery("select a.slug, a.label from Audience a", Object[].class).getResultList()
                    .forEach(row -> read.put(audience((String) row[0]), (String) row[1]));
            current = Map.copyOf(read);
            labels = current;
            readAt = System.nanoTime();
        }
        return current;
    }
}
