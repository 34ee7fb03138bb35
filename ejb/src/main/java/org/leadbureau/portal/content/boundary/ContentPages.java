package org.leadbureau.portal.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.leadbureau.portal.content.entity.ContentPage;

/** Read access to the Bureau's content pages. */
@Stateless
public class ContentPages {

    @PersistenceContext
    EntityManager em;

    public Optional<ContentPage> find(String slug) {
        return em.createNamedQuery(ContentPage.FIND_BY_SLUG, ContentPage.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** Every page but the home page, in menu order: the "About" pages. */
    public List<ContentPage> aboutPages() {
        return em.createNamedQuery(ContentPage.FIND_ALL, ContentPage.class).getResultStream()
                .filter(page -> !ContentPage.HOME.equals(page.getSlug()))
                .toList();
    }
}
