package org.leadbureau.portal.platform.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * How large a request body may be, by address: 26 MB everywhere (a 25 MB upload and its form fields, as the server's
 * listener allows), but 501 MB for the bulk library import, whose ZIP is streamed to a temporary file. Set on each
 * exchange before its body is read, so a larger body is refused by the server with 413 before any code reads it.
 */
public class RequestSizeLimits implements ServletExtension {

    static final String BULK_IMPORT = "/api/staff/resources/import";
    static final long DEFAULT_MAX = 27_262_976L;
    /** The import's 500 MB and room for the request's own overhead. */
    static final long BULK_IMPORT_MAX = 501L * 1024 * 1024;

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            exchange.setMaxEntitySize(BULK_IMPORT.equals(exchange.getRequestPath()) ? BULK_IMPORT_MAX : DEFAULT_MAX);
            next.handleRequest(exchange);
        });
    }
}
