package org.leadbureau.portal.platform.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Chooses the visitor's language once per request (see {@link LanguageChoice}) for the page and its error page, and
 * remembers a switch ({@code ?lang=es}) in the {@code lang} cookie for a year. Visitors who never switch get no
 * cookie: their browser's language is asked again on each request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LanguageFilter extends HttpFilter {

    private static final String ATTRIBUTE = Language.class.getName();
    private static final long COOKIE_SECONDS = Duration.ofDays(365).toSeconds();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // From the address only: reading a posted body here would consume it before the API and the size limits.
        String parameter = LanguageChoice.parameter(request.getQueryString());
        request.setAttribute(ATTRIBUTE, LanguageChoice.choose(parameter, cookie(request), request.getHeader("Accept-Language")));
        Language.ofTag(parameter).ifPresent(switched -> response.addHeader("Set-Cookie", cookieHeader(switched,
                request.getServletContext().getSessionCookieConfig().isSecure())));
        chain.doFilter(request, response);
    }

    /**
     * The language chosen for this request. An address that no view takes ({@code /nonsense}) is forwarded to the
     * home page before this filter runs, and answered 404 there: such a request chooses the same way here, from the
     * address the visitor asked for.
     */
    public static Language of(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Language chosen) {
            return chosen;
        }
        Language chosen = request instanceof HttpServletRequest http ? LanguageChoice.choose(
                LanguageChoice.parameter(request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) instanceof String
                        asked ? asked : http.getQueryString()), cookie(http), http.getHeader("Accept-Language"))
                : Language.DEFAULT;
        request.setAttribute(ATTRIBUTE, chosen);
        return chosen;
    }

    /** Written by hand: the Servlet API's Cookie has no portable SameSite. Secure wherever the session cookie is. */
    static String cookieHeader(Language language, boolean secure) {
        return LanguageChoice.COOKIE + "=" + language.tag() + "; Path=/; Max-Age=" + COOKIE_SECONDS
                + "; SameSite=Lax; HttpOnly" + (secure ? "; Secure" : "");
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies)
                .filter(cookie -> LanguageChoice.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
    }
}
