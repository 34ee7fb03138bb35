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

    @Test
    void demoContentIsOnByDefaultOnlyOnTheEmbeddedH2() {
        assertTrue(PortalConfig.demo(Optional.empty(), Optional.empty()), "the run command's default");
        assertTrue(PortalConfig.demo(Optional.empty(), Optional.of("h2")));
        assertFalse(PortalConfig.demo(Optional.empty(), Optional.of("mariadb")));
    }

    @Test
    void portalDemoOverridesTheDatabaseEitherWay() {
        assertTrue(PortalConfig.demo(Optional.of("true"), Optional.of("mariadb")));
        assertFalse(PortalConfig.demo(Optional.of("FALSE"), Optional.of("h2")));
    }
}
