package org.leadbureau.portal.content.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leadbureau.portal.content.boundary.ContentPages;
import org.leadbureau.portal.content.entity.ContentPage;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.platform.view.Pages;
import org.omnifaces.cdi.Param;

/** {@code /about} lists the Bureau's content pages; {@code /about/<slug>} shows one. */
@Named
@RequestScoped
public class AboutView {

    @Inject
    ContentPages pages;

    @Inject
    VisitorLanguage language;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    @Inject
    @Param(pathIndex = 1)
    String extraSegment;

    private ContentPage page;

    public void load() {
        if (slug == null) {
            return;
        }
        page = pages.find(slug, language.current()).filter(found -> !ContentPage.HOME.equals(found.getSlug())).orElse(null);
        if (page == null || extraSegment != null) {
            Pages.notFound();
        }
    }

    public ContentPage getPage() {
        return page;
    }
}
