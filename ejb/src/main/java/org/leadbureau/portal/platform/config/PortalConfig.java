package org.leadbureau.portal.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.leadbureau.portal.platform.request.TrustedProxies;

/**
 * The portal's settings, read through MicroProfile Config (the server's microprofile-config-smallrye subsystem), whose
 * environment source finds each {@link Setting} under its environment variable's name. Values are validated once,
 * before the deployment starts ({@link SettingsCheck}), so the readers here can take them as well-formed.
 */
public final class PortalConfig {

    private PortalConfig() {
    }

    /** A setting's value, stripped; empty when unset or blank. */
    public static Optional<String> value(Setting setting) {
        return raw(setting.variable()).or(() -> setting.property() == null ? Optional.empty() : raw(setting.property()));
    }

    static Optional<String> raw(String property) {
        return ConfigProvider.getConfig(PortalConfig.class.getClassLoader()).getOptionalValue(property, String.class)
                .map(String::strip).filter(value -> !value.isEmpty());
    }

    /** The data directory: PORTAL_DATA_DIR, or the default the server's configuration gives it (portal.data.dir). */
    public static Path dataDirectory() {
        return value(Setting.DATA_DIR).or(() -> raw("portal.data.dir")).map(Path::of).orElse(Path.of("data"));
    }

    /** The address people reach the portal at, for links in mail and in the log; no trailing slash. */
    public static String baseUrl() {
        String url = value(Setting.BASE_URL).orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether people reach the portal over HTTPS (usually through a proxy that ends TLS). */
    public static boolean httpsBaseUrl() {
        return baseUrl().toLowerCase(Locale.ROOT).startsWith("https:");
    }

    /** Whether the session cookie is marked Secure: {@code PORTAL_SECURE_COOKIES} when set, else an https base URL. */
    public static boolean secureCookies() {
        return secureCookies(value(Setting.SECURE_COOKIES), httpsBaseUrl());
    }

    static boolean secureCookies(Optional<String> override, boolean httpsBaseUrl) {
        return override.map(Boolean::parseBoolean).orElse(httpsBaseUrl);
    }

    /**
     * The zone staff read times in unless they choose another on their account ({@code PORTAL_BUREAU_ZONE},
     * {@code America/Los_Angeles} by default; checked before the deployment starts).
     */
    public static ZoneId bureauZone() {
        return value(Setting.BUREAU_ZONE).map(ZoneId::of).orElse(ZoneId.of("America/Los_Angeles"));
    }

    /** The reverse proxies whose forwarding headers count ({@code PORTAL_TRUSTED_PROXIES}; none by default). */
    public static TrustedProxies trustedProxies() {
        return TrustedProxies.parse(value(Setting.TRUSTED_PROXIES).orElse(""));
    }

    /**
     * Whether made-up demo content (example trainings and documents) is loaded: {@code PORTAL_DEMO} when set, else
     * exactly when the database is the embedded H2 of the run command, so that production on MariaDB never shows
     * events that do not exist.
     */
    public static boolean demo() {
        return demo(value(Setting.DEMO), value(Setting.DB_DRIVER));
    }

    static boolean demo(Optional<String> demo, Optional<String> driver) {
        return demo.map(Boolean::parseBoolean).orElseGet(() -> driver.orElse("h2").equalsIgnoreCase("h2"));
    }

    /** Whether the search index is an OpenSearch cluster ({@code PORTAL_SEARCH_BACKEND=opensearch}) rather than embedded. */
    public static boolean openSearch() {
        return searchBackend().equals("opensearch");
    }

    /** {@code PORTAL_SEARCH_BACKEND}: {@code lucene} (the default) or {@code opensearch}. */
    public static String searchBackend() {
        return value(Setting.SEARCH_BACKEND).orElse("lucene");
    }

    /** Whether this node is one of several ({@code PORTAL_CLUSTER}, or the server property portal.cluster). */
    public static boolean cluster() {
        return value(Setting.CLUSTER).map(Boolean::parseBoolean).orElse(false);
    }

    /** A setting given as an ISO-8601 duration ({@code P1D}, {@code PT0.5S}), or the default when unset. */
    public static Duration duration(Setting setting, Duration otherwise) {
        return value(setting).map(Duration::parse).orElse(otherwise);
    }
}
