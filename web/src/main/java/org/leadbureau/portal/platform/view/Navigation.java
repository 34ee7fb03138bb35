package org.leadbureau.portal.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.leadbureau.portal.content.boundary.ContentPages;
import org.leadbureau.portal.content.entity.ContentPage;

/** What the page template links to: the main navigation and the "About LEAD" pages. */
@Named
@RequestScoped
public class Navigation {

    /**
     * One entry of the main navigation; {@code key} is what a page passes as its template "section".
     * A class with getters, not a record: Faces 4 EL (5.0) does not read record components.
     */
    public static final class Item {
        private final String key;
        private final String label;
        private final String href;

        Item(String key, String label, String href) {
            this.key = key;
            this.label = label;
            this.href = href;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public String getHref() {
            return href;
        }
    }

    private static final List<Item> MAIN = List.of(
            new Item("home", "Home", "/"),
            new Item("sites", "Sites", "/sites"),
            new Item("library", "Library", "/library"),
            new Item("search", "Search", "/search"),
            new Item("trainings", "Trainings", "/trainings"),
            new Item("contact", "Contact", "/contact"),
            new Item("staff", "Staff sign-in", "/login"));

    @Inject
    ContentPages pages;

    private List<ContentPage> aboutPages;

    public List<Item> getMainItems() {
        return MAIN;
    }

    public List<ContentPage> getAboutPages() {
        if (aboutPages == null) {
            aboutPages = pages.aboutPages();
        }
        return aboutPages;
    }
}
