package org.leadbureau.portal.platform.i18n;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A text of the {@code msg} bundle (messages*.properties) for a backing bean, in the language of the page being
 * rendered: Faces messages and words a bean puts together. A text with arguments is a {@link MessageFormat}
 * pattern ({@code {0}}, numbers and plurals formatted for the language; an apostrophe written twice); one without
 * is used as it is, as {@code #{msg['key']}} shows it.
 */
public final class Texts {

    private static final String BUNDLE = "messages";

    private Texts() {
    }

    /** The text of {@code key} in the view's language, with {@code arguments} put in. */
    public static String text(String key, Object... arguments) {
        return in(locale(), key, arguments);
    }

    /** The view's locale: the language of the page being rendered, for what a bean formats itself. */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() != null ? context.getViewRoot().getLocale()
                : context.getApplication().getViewHandler().calculateLocale(context);
    }

    /** The language of the page being rendered. */
    public static Language language() {
        return Language.ofTag(locale().getLanguage()).orElse(Language.DEFAULT);
    }

    /** The text of {@code key} in a language of the portal's. */
    public static String text(Language language, String key, Object... arguments) {
        return in(language.locale(), key, arguments);
    }

    private static String in(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader()).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
