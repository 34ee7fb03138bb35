package org.leadbureau.portal.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.leadbureau.portal.content.entity.ContentPage;
import org.leadbureau.portal.platform.i18n.Language;

/** Read access to the Bureau's content pages, each in the visitor's language where it is translated. */
@Stateless
public class ContentPages {

    @PersistenceContext
    EntityManager em;

    /** The page in this language, or in English when it has no translation. */
    public Optional<ContentPage> find(String slug, Language language) {
        List<ContentPage> versions = em.createNamedQuery(ContentPage.FIND_BY_SLUG, ContentPage.class)
                .setParameter("slug", slug)
                .setParameter("languages", withFallback(language))
                .getResultList();
        return versions.stream().filter(page -> page.getLanguage() == language).findFirst()
                .or(() -> versions.stream().findFirst());
    }

    /** Every page but the home page, in the English menu order: the "About" pages, translated where they are. */
    public List<ContentPage> aboutPages(Language language) {
        List<ContentPage> all = em.createNamedQuery(ContentPage.FIND_ALL, ContentPage.class)
                .setParameter("languages", withFallback(language))
                .getResultList();
        Map<String, ContentPage> translated = all.stream()
                .filter(page -> page.getLanguage() == language)
                .collect(Collectors.toMap(ContentPage::getSlug, Function.identity()));
        return all.stream()
                .filter(page -> page.getLanguage() == Language.DEFAULT && !ContentPage.HOME.equals(page.getSlug()))
                .map(english -> translated.getOrDefault(english.getSlug(), english))
                .toList();
    }

    // Two languages at most: the table holds a handful of pages in each.
    private static List<Language> withFallback(Language language) {
        return language == Language.DEFAULT ? List.of(language) : List.of(language, Language.DEFAULT);
    }
}
