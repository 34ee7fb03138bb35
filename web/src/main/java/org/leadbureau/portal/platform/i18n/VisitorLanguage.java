package org.leadbureau.portal.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The language of this request for pages and backing beans: {@code <html lang>} and the language switcher. */
@Named("language")
@RequestScoped
public class VisitorLanguage {

    @Inject
    HttpServletRequest request;

    public Language current() {
        return LanguageFilter.of(request);
    }

    /** The tag for {@code <html lang>}. */
    public String getTag() {
        return current().tag();
    }

    /** The language the switcher offers: the one the page is not in. */
    public String getSwitchTag() {
        return other().tag();
    }

    /** The address the switcher links to: this page (as the visitor asked for it) in the other language. */
    public String getSwitchHref() {
        // An error page or a forwarded view: the address the visitor asked for, not the view's file.
        String path = firstOf(RequestDispatcher.ERROR_REQUEST_URI, RequestDispatcher.FORWARD_REQUEST_URI);
        String query = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null
                ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        return LanguageChoice.sameLinkIn(other(), path != null ? path : request.getRequestURI(), query);
    }

    private Language other() {
        return current() == Language.EN ? Language.ES : Language.EN;
    }

    private String firstOf(String... attributes) {
        for (String attribute : attributes) {
            if (request.getAttribute(attribute) instanceof String value) {
                return value;
            }
        }
        return null;
    }
}
