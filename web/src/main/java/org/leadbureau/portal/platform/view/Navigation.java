package org.leadbureau.portal.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.leadbureau.portal.content.boundary.ContentPages;
import org.leadbureau.portal.content.entity.ContentPage;
import org.leadbureau.portal.platform.i18n.VisitorLanguage;
import org.omnifaces.util.Faces;

/** What the page template links to: the main navigation and the "About LEAD" pages in the visitor's language. */
@Named
@RequestScoped
public class Navigation {

    /**
     * One entry of the main navigation; {@code key} is what a page passes as its template "section", and
     * {@code labelKey} names its label in the {@code msg} bundle.
     * A class with getters, not a record: Faces 4 EL (5.0) does not read record components.
     */
    public static final class Item {
        private final String key;
        private final String labelKey;
        private final String href;

        Item(String key, String labelKey, String href) {
            this.key = key;
            this.labelKey = labelKey;
            this.href = href;
        }

        public String getKey() {
            return key;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public String getHref() {
            return href;
        }
    }

    private static final List<Item> MAIN = List.of(
            new Item("home", "nav.home", "/"),
            new Item("sites", "nav.sites", "/sites"),
            new Item("library", "nav.library", "/library"),
            new Item("search", "nav.search", "/search"),
            new Item("trainings", "nav.trainings", "/trainings"),
            new Item("contact", "nav.contact", "/contact"),
            new Item("staff", "nav.staffSignIn", "/login"));
    private static final Item STAFF_AREA = new Item("staff", "nav.staffArea", "/staff");

    @Inject
    ContentPages pages;

    @Inject
    VisitorLanguage language;

    private List<ContentPage> aboutPages;

    /** Signed-in staff see "Staff area" where others see "Staff sign-in". */
    public List<Item> getMainItems() {
        if (!isSignedIn()) {
            return MAIN;
        }
        List<Item> items = new ArrayList<>(MAIN.subList(0, MAIN.size() - 1));
        items.add(STAFF_AREA);
        return items;
    }

    public boolean isSignedIn() {
        return Faces.getRemoteUser() != null;
    }

    public List<ContentPage> getAboutPages() {
        if (aboutPages == null) {
            aboutPages = pages.aboutPages(language.current());
        }
        return aboutPages;
    }
}
