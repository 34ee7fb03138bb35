package org.leadbureau.portal.platform.i18n;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The texts of one resource bundle in one language, e.g. the mails ({@link #MAIL}) in Spanish. Values are
 * {@link MessageFormat} patterns ("Your seat at "{0}" is confirmed."), so a quote is written twice (''). A language
 * without a bundle of its own, or a key missing from it, falls back to the base (English) bundle, never to the
 * server's default locale.
 */
public final class BundleTexts {

    /** The texts of every mail to the public: {@code mail/messages*.properties}. */
    public static final String MAIL = "mail.messages";
    /** What the public is told when something is refused: {@code errors/messages*.properties}, see {@link Wording}. */
    public static final String ERRORS = "errors.messages";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;

    private BundleTexts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static BundleTexts of(String bundleName, Language language) {
        return new BundleTexts(language, bundle(bundleName, language));
    }

    /** The bundle itself, for texts that are not MessageFormat patterns (Bean Validation's messages). */
    public static ResourceBundle bundle(String bundleName, Language language) {
        return ResourceBundle.getBundle(bundleName, language.locale(), BundleTexts.class.getClassLoader(), NO_DEFAULT_LOCALE);
    }

    public Language language() {
        return language;
    }

    /** Whether the bundle has a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}} … filled in; numbers as the language writes them. */
    public String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    /** The text for a value of an enum, under {@code prefix.NAME} (e.g. {@code status.CONFIRMED}). */
    public String of(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }
}
