package org.leadbureau.portal.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a public page is shown in: the {@code ?lang=} parameter, else the {@code lang} cookie (set by an
 * earlier switch), else the browser's {@code Accept-Language}, else English. Values that name no language the
 * portal speaks are passed over.
 */
public final class LanguageChoice {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "lang";

    private static final List<String> TAGS = Arrays.stream(Language.values()).map(Language::tag).toList();

    private LanguageChoice() {
    }

    public static Language choose(String parameter, String cookie, String acceptLanguage) {
        return Language.ofTag(parameter)
                .or(() -> Language.ofTag(cookie))
                .or(() -> accepted(acceptLanguage))
                .orElse(Language.DEFAULT);
    }

    /** The value of {@code lang} in a query string ({@code a=1&lang=es}), or null. */
    public static String parameter(String query) {
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> pair.startsWith(PARAMETER + "="))
                .map(pair -> pair.substring(PARAMETER.length() + 1))
                .findFirst().orElse(null);
    }

    /** The best language of an Accept-Language header by its weights; {@code es-MX} and {@code es-419} are Spanish. */
    static Optional<Language> accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> wanted = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0) // q=0 means "not this one"
                    .toList();
            return Optional.ofNullable(Locale.lookupTag(wanted, TAGS)).flatMap(Language::ofTag);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The address of the same page in another language: the same path and query, with {@code lang} replaced. A path
     * that starts with several slashes keeps one, so that the link never leaves the portal.
     */
    public static String sameLinkIn(Language language, String path, String query) {
        StringBuilder link = new StringBuilder("/").append(path == null ? "" : path.replaceFirst("^/+", ""));
        link.append('?');
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "=")) {
                    link.append(pair).append('&');
                }
            }
        }
        return link.append(PARAMETER).append('=').append(language.tag()).toString();
    }
}
