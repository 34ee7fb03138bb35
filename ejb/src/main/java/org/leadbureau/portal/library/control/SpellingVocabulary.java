package org.leadbureau.portal.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.library.entity.LibraryResource;

/**
 * The words of the published library (titles, summaries and extracted bodies) for "did you mean". Rebuilt
 * when the published set changes: a count and the latest update time, read from the shared database, tell
 * every node when its copy is stale.
 */
@ApplicationScoped
public class SpellingVocabulary {

    @PersistenceContext
    EntityManager em;

    private volatile Object stamp;
    private volatile SpellingSuggester suggester;

    public SpellingSuggester suggester() {
        Object[] row = em.createNamedQuery(LibraryResource.PUBLISHED_STAMP, Object[].class).getSingleResult();
        List<Object> current = java.util.Arrays.asList(row);
        if (suggester == null || !current.equals(stamp)) {
            Map<String, Integer> frequencies = new HashMap<>();
            em.createNamedQuery(LibraryResource.FIND_PUBLISHED_TEXT, Object[].class).getResultStream()
                    .forEach(text -> {
                        for (Object part : text) {
                            SpellingSuggester.countWords((String) part, frequencies);
                        }
                    });
            suggester = new SpellingSuggester(frequencies);
            stamp = current;
        }
        return suggester;
    }
}
