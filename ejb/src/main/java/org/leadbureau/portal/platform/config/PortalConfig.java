package org.leadbureau.portal.platform.config;

import java.util.Optional;

/** Settings the portal reads from its environment (README lists every one with its default). */
public final class PortalConfig {

    private PortalConfig() {
    }

    /** The address people reach the portal at, for links in mail and in the log; no trailing slash. */
    public static String baseUrl() {
        String url = env("PORTAL_BASE_URL").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
