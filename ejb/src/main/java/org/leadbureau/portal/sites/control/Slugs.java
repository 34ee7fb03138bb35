package org.leadbureau.portal.sites.control;

import java.util.Set;
import org.leadbureau.portal.sites.entity.Site;

/** Slugs for new sites: the portal's one slug rule, with room for a number and never a word of the staff pages' URLs. */
public final class Slugs {

    /** Words the staff pages use in their own URLs ({@code /staff/sites/new}): never a site's slug. */
    static final Set<String> RESERVED = Set.of("new", "import");

    private Slugs() {
    }

    /** The slug a name suggests: "LEAD Seattle / King County" → "lead-seattle-king-county". */
    public static String of(String name) {
        return org.leadbureau.portal.platform.text.Slugs.of(name, Site.SLUG_LENGTH - 4);
    }

    /** The suggested slug, or the first of "-2", "-3"… that no other site has and that is not reserved. */
    public static String unique(String name, Set<String> taken) {
        return org.leadbureau.portal.platform.text.Slugs.unique(of(name),
                slug -> taken.contains(slug) || RESERVED.contains(slug));
    }
}
