package org.leadbureau.portal.sites.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.UsState;

/** One square of the tile-grid map: a state, how many of the shown sites it has, and their markers. */
public final class MapTile implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int STEP = 60;
    static final int SIZE = 56;

    private final UsState state;
    private final long count;
    private final String href;
    private final List<Marker> markers;

    /** A site with coordinates, drawn as a dot inside its state's square (the grid is not to scale). */
    public static final class Marker implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String slug;
        private final int x;
        private final int y;

        Marker(Site site, int x, int y) {
            this.name = site.getName() + (site.getJurisdiction() == null ? "" : ", " + site.getJurisdiction());
            this.slug = site.getSlug();
            this.x = x;
            this.y = y;
        }

        public String getName() {
            return name;
        }

        public String getSlug() {
            return slug;
        }

        public int getX() {
            return x;
        }

        public int getY() {
            return y;
        }
    }

    MapTile(UsState state, long count, String href, List<Site> located) {
        this.state = state;
        this.count = count;
        this.href = href;
        this.markers = new ArrayList<>();
        for (int i = 0; i < located.size(); i++) {
            markers.add(new Marker(located.get(i), getX() + 8 + (i % 5) * 10, getY() + SIZE - 8 - (i / 5) * 10));
        }
    }

    public UsState getState() {
        return state;
    }

    public long getCount() {
        return count;
    }

    /** The directory filtered to this state (same other filters), shown as a map. */
    public String getHref() {
        return href;
    }

    public List<Marker> getMarkers() {
        return markers;
    }

    public int getX() {
        return state.getColumn() * STEP;
    }

    public int getY() {
        return state.getRow() * STEP;
    }

    public int getSize() {
        return SIZE;
    }

    /** Shade by count: none, one, two, three or more. */
    public String getShade() {
        return "map-tile--" + Math.min(count, 3);
    }

    public String getLabel() {
        return Texts.text("sites.map.tile", state.nameIn(Texts.language()), count);
    }
}
