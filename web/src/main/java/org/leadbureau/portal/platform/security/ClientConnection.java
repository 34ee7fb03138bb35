package org.leadbureau.portal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.request.TrustedProxies;

/**
 * What the portal believes about a request's connection: the client's address and scheme (from a trusted proxy's
 * forwarding headers, else the connection's), whether a browser request comes from the portal's own pages, and
 * HSTS where people use HTTPS.
 */
@ApplicationScoped
public class ClientConnection {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Where a state-changing browser request comes from, by its Origin header, or else its Referer. */
    public enum Source { OWN_PAGES, ELSEWHERE, UNKNOWN }

    private final TrustedProxies proxies = PortalConfig.trustedProxies();
    private final String baseOrigin = origin(PortalConfig.baseUrl()).orElse(null);
    private final boolean httpsBaseUrl = PortalConfig.httpsBaseUrl();

    public String clientAddress(HttpServletRequest request) {
        return proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** Sets Strict-Transport-Security when the portal is reached over HTTPS, directly or through the proxy. */
    public void addTransportHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (httpsBaseUrl || "https".equals(scheme(request))) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /** Whether the request's Origin, or else Referer, is the request's own origin or PORTAL_BASE_URL's. */
    public Source source(HttpServletRequest request) {
        String host = request.getHeader("Host");
        String own = origin(scheme(request) + "://" + (host == null ? request.getServerName() + ":" + request.getServerPort() : host))
                .orElse(null);
        return source(request.getHeader("Origin"), request.getHeader("Referer"), own, baseOrigin);
    }

    static Source source(String originHeader, String referer, String ownOrigin, String baseOrigin) {
        String claimed = originHeader != null ? originHeader : referer;
        if (claimed == null) {
            return Source.UNKNOWN;
        }
        // "null" (a sandboxed or privacy-stripped origin) and anything unparseable come from elsewhere.
        Optional<String> origin = origin(claimed);
        return origin.isPresent() && (origin.get().equals(ownOrigin) || origin.get().equals(baseOrigin))
                ? Source.OWN_PAGES : Source.ELSEWHERE;
    }

    private String scheme(HttpServletRequest request) {
        return proxies.scheme(request.getRemoteAddr(), request.getScheme(), request.getHeader("X-Forwarded-Proto"));
    }

    /** scheme://host[:port] of a URL, lower case and without the scheme's default port. */
    static Optional<String> origin(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == ("https".equals(scheme) ? 443 : 80);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
