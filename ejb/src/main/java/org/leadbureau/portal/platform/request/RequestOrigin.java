package org.leadbureau.portal.platform.request;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, set by the web tier for each request so that the domain can record
 * it (audit log, throttling) without knowing about HTTP.
 */
@RequestScoped
public class RequestOrigin {

    private String clientAddress = "unknown";

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        if (clientAddress != null && !clientAddress.isBlank()) {
            this.clientAddress = clientAddress;
        }
    }
}
