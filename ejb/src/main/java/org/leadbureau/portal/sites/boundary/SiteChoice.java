package org.leadbureau.portal.sites.boundary;

import java.io.Serializable;
import org.leadbureau.portal.sites.entity.Site;

/** A site of the directory as a chooser offers it: its slug, and the name people recognise it by. */
public record SiteChoice(String slug, String name, String stateCode) implements Serializable {

    public static SiteChoice of(Site site) {
        return new SiteChoice(site.getSlug(), site.getName(), site.getState().getCode());
    }

    /** "Seattle and King County (WA)": the name with its state, as the chooser lists it. */
    public String label() {
        return name + " (" + stateCode + ")";
    }
}
