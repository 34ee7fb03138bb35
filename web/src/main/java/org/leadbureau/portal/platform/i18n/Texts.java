package org.leadbureau.portal.platform.i18n;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the msg bundle (messages*.properties) for backing beans: the messages, labels and counts a bean puts
 * on a page, in the language of that page. Templates read the same texts as {@code #{msg['key']}}.
 */
public final class Texts {

    private static final String BUNDLE = "messages";

    private Texts() {
    }

    /**
     * The text of {@code key} in the language of the page being built, its {@code {0}}, {@code {1}}... replaced by
     * {@code arguments} as {@link MessageFormat} does (numbers formatted for the language, plurals by
     * {@code choice}; in a text with arguments a quote is written twice, as for {@code h:outputFormat}).
     */
    public static String of(String key, Object... arguments) {
        return in(locale(), key, arguments);
    }

    /** The text of {@code key} in {@code locale}, for when there is no page (or another language is wanted). */
    public static String in(Locale locale, String key, Object... arguments) {
        String text = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /** The language of the page being built: the view's locale, which {@link LanguageViewHandler} chose. */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        UIViewRoot view = context.getViewRoot();
        return view != null && view.getLocale() != null ? view.getLocale()
                : context.getApplication().getViewHandler().calculateLocale(context);
    }
}
