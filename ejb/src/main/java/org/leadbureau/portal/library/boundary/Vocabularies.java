package org.leadbureau.portal.library.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.library.entity.Audience;
import org.leadbureau.portal.library.entity.Topic;
import org.leadbureau.portal.library.entity.VocabularyTerm;

/** The topic and audience vocabularies, by slug. */
@Stateless
public class Vocabularies {

    @PersistenceContext
    EntityManager em;

    public List<Topic> allTopics() {
        return em.createNamedQuery(Topic.FIND_ALL, Topic.class).getResultList();
    }

    public List<Audience> allAudiences() {
        return em.createNamedQuery(Audience.FIND_ALL, Audience.class).getResultList();
    }

    public Set<String> topicSlugs() {
        return slugs(allTopics());
    }

    public Set<String> audienceSlugs() {
        return slugs(allAudiences());
    }

    /** The topics of the given slugs; an unknown slug is a bad parameter named "topics". */
    public List<Topic> topics(List<String> slugs) {
        return resolve(slugs, allTopics(), "topics");
    }

    public List<Audience> audiences(List<String> slugs) {
        return resolve(slugs, allAudiences(), "audiences");
    }

    /**
     * The terms of the given slugs among {@code all}. Called directly (not through the bean) where a caller collects
     * every refused field: a refusal thrown through the bean would mark the caller's transaction for rollback.
     */
    static <T extends VocabularyTerm> List<T> resolve(List<String> slugs, List<T> all, String field) {
        Map<String, T> bySlug = new LinkedHashMap<>();
        all.forEach(term -> bySlug.put(term.getSlug(), term));
        List<String> unknown = slugs.stream().filter(slug -> !bySlug.containsKey(slug)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(Map.of(field, "Unknown " + field + ": " + String.join(", ", unknown) + "."));
        }
        return slugs.stream().distinct().map(bySlug::get).toList();
    }

    private static Set<String> slugs(List<? extends VocabularyTerm> terms) {
        Set<String> slugs = new TreeSet<>();
        terms.forEach(term -> slugs.add(term.getSlug()));
        return slugs;
    }
}
