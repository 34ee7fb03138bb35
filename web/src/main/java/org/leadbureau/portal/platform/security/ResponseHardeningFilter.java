package org.leadbureau.portal.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps the server's hardening headers (configure.cli adds them, and Cache-Control: no-store on private paths,
 * before the application runs) when the application resets a response, as a Faces download does; and sandboxes
 * every file download.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ResponseHardeningFilter extends HttpFilter {

    static final String DOWNLOAD_POLICY = "sandbox";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new Hardened(response));
    }

    /** Whether a Content-Disposition makes the response a file download. */
    static boolean isDownload(String disposition) {
        return disposition != null && disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
    }

    private static final class Hardened extends HttpServletResponseWrapper {

        /** The headers present before the application wrote anything: the server's and this filter's. */
        private final Map<String, List<String>> preset = new LinkedHashMap<>();

        Hardened(HttpServletResponse response) {
            super(response);
            response.getHeaderNames().forEach(name -> preset.put(name, List.copyOf(response.getHeaders(name))));
        }

        @Override
        public void reset() {
            super.reset();
            preset.forEach((name, values) -> values.forEach(value -> super.addHeader(name, value)));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            sandboxDownload(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            sandboxDownload(name, value);
        }

        // A downloaded file is the uploader's (or built from what the public typed): if a browser renders it
        // anyway, it runs no script and reaches nothing of the portal's origin.
        private void sandboxDownload(String name, String value) {
            if ("Content-Disposition".equalsIgnoreCase(name) && isDownload(value)
                    && !getHeaders("Content-Security-Policy").contains(DOWNLOAD_POLICY)) {
                super.addHeader("Content-Security-Policy", DOWNLOAD_POLICY);
            }
        }
    }
}
