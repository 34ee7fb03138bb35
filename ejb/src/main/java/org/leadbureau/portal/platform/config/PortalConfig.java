package org.leadbureau.portal.platform.config;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.leadbureau.portal.platform.request.TrustedProxies;

/** Settings the portal reads from its environment (README lists every one with its default). */
public final class PortalConfig {

    private PortalConfig() {
    }

    /** The address people reach the portal at, for links in mail and in the log; no trailing slash. */
    public static String baseUrl() {
        String url = env("PORTAL_BASE_URL").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether people reach the portal over HTTPS (usually through a proxy that ends TLS). */
    public static boolean httpsBaseUrl() {
        return baseUrl().toLowerCase(Locale.ROOT).startsWith("https:");
    }

    /** Whether the session cookie is marked Secure: {@code PORTAL_SECURE_COOKIES} when set, else an https base URL. */
    public static boolean secureCookies() {
        return secureCookies(env("PORTAL_SECURE_COOKIES"), httpsBaseUrl());
    }

    static boolean secureCookies(Optional<String> override, boolean httpsBaseUrl) {
        return override.map(Boolean::parseBoolean).orElse(httpsBaseUrl);
    }

    /** The reverse proxies whose forwarding headers count ({@code PORTAL_TRUSTED_PROXIES}; none by default). */
    public static TrustedProxies trustedProxies() {
        return TrustedProxies.parse(env("PORTAL_TRUSTED_PROXIES").orElse(""));
    }

    /**
     * The zone staff read times in unless they choose another on their account ({@code PORTAL_BUREAU_ZONE},
     * {@code America/Los_Angeles} by default); an unknown zone stops the start.
     */
    public static ZoneId bureauZone() {
        return env("PORTAL_BUREAU_ZONE").map(value -> {
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                throw new IllegalStateException("PORTAL_BUREAU_ZONE is not a time zone like America/Chicago: " + value, e);
            }
        }).orElse(ZoneId.of("America/Los_Angeles"));
    }

    public static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** A setting given as an ISO-8601 duration ({@code P1D}, {@code PT0.5S}); a malformed one stops the start. */
    public static Duration duration(String name, Duration otherwise) {
        return env(name).map(value -> {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(name + " is not an ISO-8601 duration like P1D or PT3S: " + value, e);
            }
        }).orElse(otherwise);
    }
}
