package org.leadbureau.portal.content.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.leadbureau.portal.content.boundary.ContentPages;
import org.leadbureau.portal.content.entity.ContentPage;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.leadbureau.portal.platform.view.Pages;

/** The home page. Read-only, so request-scoped: visitors who only read get no session. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    ContentPages pages;

    @Inject
    VisitorLanguage language;

    private ContentPage page;

    public void load() {
        page = pages.find(ContentPage.HOME, language.current()).orElse(null);
        if (page == null) {
            Pages.notFound();
        }
    }

    public ContentPage getPage() {
        return page;
    }
}
