package org.leadbureau.portal.sites.control;

import java.util.Locale;

/** The orders the directory can be sorted in; ties are broken by name. */
public enum SiteSort {
    NAME, JURISDICTION, STATE, STATUS, LAUNCHED,
    /** When staff last checked the listing: the staff list sorts on it to find stale ones. */
    VERIFIED;

    /** The sort named by a field or API value ("name", "launched"…), or null when there is none. */
    public static SiteSort fromName(String name) {
        for (SiteSort sort : values()) {
            if (sort.name().toLowerCase(Locale.ROOT).equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        return null;
    }
}
