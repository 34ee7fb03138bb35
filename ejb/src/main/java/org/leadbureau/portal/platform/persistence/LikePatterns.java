package org.leadbureau.portal.platform.persistence;

import java.util.Locale;

/**
 * "Contains" patterns for case-insensitive {@code lower(x) like :pattern escape '!'}: the searched text's own
 * {@code %} and {@code _} match only themselves. The escape is {@code !}, not the backslash, which MariaDB would read
 * as escaping the quote of the SQL literal.
 */
public final class LikePatterns {

    public static final char ESCAPE = '!';

    private LikePatterns() {
    }

    public static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
