package org.leadbureau.portal.platform.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalConfigTest {

    @Test
    void anHttpsBaseUrlMakesTheSessionCookieSecure() {
        assertTrue(PortalConfig.secureCookies(Optional.empty(), true));
        assertFalse(PortalConfig.secureCookies(Optional.empty(), false));
    }

    @Test
    void portalSecureCookiesOverridesEitherWay() {
        assertTrue(PortalConfig.secureCookies(Optional.of("true"), false));
        assertFalse(PortalConfig.secureCookies(Optional.of("false"), true));
    }
}
