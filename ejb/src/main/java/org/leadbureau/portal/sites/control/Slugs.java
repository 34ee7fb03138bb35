package org.leadbureau.portal.sites.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.leadbureau.portal.sites.entity.Site;

/** Slugs for new sites: lower-case ASCII words joined by hyphens, made unique with a number when taken. */
public final class Slugs {

    /** Words the staff pages use in their own URLs ({@code /staff/sites/new}): never a site's slug. */
    static final Set<String> RESERVED = Set.of("new", "import");

    private Slugs() {
    }

    /** The slug a name suggests: "LEAD Seattle / King County" → "lead-seattle-king-county". */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("&", " and ")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > Site.SLUG_LENGTH - 4) {
            slug = slug.substring(0, Site.SLUG_LENGTH - 4).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "site" : slug;
    }

    /** The suggested slug, or the first of "-2", "-3"… that no other site has and that is not reserved. */
    public static String unique(String name, Set<String> taken) {
        String base = of(name);
        String slug = base;
        for (int n = 2; taken.contains(slug) || RESERVED.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
