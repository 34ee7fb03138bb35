package org.leadbureau.portal.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.config.Setting;

/**
 * Applies the transport settings at start-up: the session cookie is Secure where people use HTTPS, and an
 * unreadable {@code PORTAL_TRUSTED_PROXIES} stops the start with its reason rather than failing every request.
 */
@WebListener
public class TransportSettings implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(TransportSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        PortalConfig.trustedProxies();
        boolean secure = PortalConfig.secureCookies();
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        LOG.info(() -> "Session cookie " + (secure ? "Secure" : "not Secure") + "; forwarding headers "
                + (PortalConfig.value(Setting.TRUSTED_PROXIES).isPresent() ? "trusted from PORTAL_TRUSTED_PROXIES only"
                        : "ignored (no PORTAL_TRUSTED_PROXIES)") + ".");
    }
}
