package org.leadbureau.portal.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the public side of the portal speaks. English is the language every page exists in; a translation
 * that is missing falls back to it.
 */
public enum Language {

    EN("en", Locale.forLanguageTag("en-US")),
    // Dates, times and numbers as a Spanish-speaking reader in the US expects them.
    ES("es", Locale.forLanguageTag("es-US"));

    public static final Language DEFAULT = EN;

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag, as in {@code <html lang>}, {@code ?lang=} and the content files' names. */
    public String tag() {
        return tag;
    }

    /** The locale that texts and formats are chosen by. */
    public Locale locale() {
        return locale;
    }

    /** The language of this tag ({@code en}, {@code ES}); empty for any other value, null included. */
    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
