package org.leadbureau.portal.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.leadbureau.portal.content.boundary.ContentPages;
import org.leadbureau.portal.content.entity.ContentPage;
import org.omnifaces.util.Faces;

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
    private static final Item STAFF_AREA = new Item("staff", "Staff area", "/staff");

    @Inject
    ContentPages pages;

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
            aboutPages = pages.aboutPages();
        }
        return aboutPages;
    }
}
