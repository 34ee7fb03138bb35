package org.leadbureau.portal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The access log: one line per request, {@code client method path status milliseconds}, to the logger
 * {@code org.leadbureau.portal.access}, which configure.cli writes to {@code access.log} in the server's log
 * directory. The client is the one the trusted proxy names. Secrets in addresses (a registrant's manage link, a
 * trainer's calendar feed, {@code token=} parameters) are written as {@code …}, so the log gives no one access.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AccessLog extends HttpFilter {

    private static final Logger LOG = Logger.getLogger("org.leadbureau.portal.access");
    private static final Pattern SECRET_SEGMENT =
            Pattern.compile("^(/registrations/|/api/registrations/|/api/visits/feed/)[^/.]+");
    private static final Pattern TOKEN_PARAMETER = Pattern.compile("(^|&)(token=)[^&]*");

    @Inject
    ClientConnection connection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> connection.clientAddress(request) + " " + request.getMethod() + " "
                    + masked(request.getRequestURI(), request.getQueryString()) + " " + response.getStatus() + " "
                    + millis + "ms");
        }
    }

    /** The path and query as logged: with the secret parts of manage links, feeds and tokens replaced by …. */
    static String masked(String path, String query) {
        String shown = SECRET_SEGMENT.matcher(path).replaceFirst("$1…");
        return query == null ? shown : shown + "?" + TOKEN_PARAMETER.matcher(query).replaceAll("$1$2…");
    }
}
