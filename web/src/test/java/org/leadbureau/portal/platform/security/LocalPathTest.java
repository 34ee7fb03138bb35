package org.leadbureau.portal.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** After sign-in the portal only goes on to its own pages: never an open redirect. */
class LocalPathTest {

    @Test
    void pathsOnThisSiteAreAccepted() {
        assertTrue(PortalAuthenticationMechanism.isLocalPath("/staff"));
        assertTrue(PortalAuthenticationMechanism.isLocalPath("/staff/account?tab=password"));
    }

    @Test
    void otherSitesAndTricksAreRefused() {
        assertFalse(PortalAuthenticationMechanism.isLocalPath(null));
        assertFalse(PortalAuthenticationMechanism.isLocalPath("https://evil.example/"));
        assertFalse(PortalAuthenticationMechanism.isLocalPath("//evil.example/"));
        assertFalse(PortalAuthenticationMechanism.isLocalPath("/\\evil.example/"));
        assertFalse(PortalAuthenticationMechanism.isLocalPath("staff"));
        assertFalse(PortalAuthenticationMechanism.isLocalPath("/staff\r\nSet-Cookie: x=y"));
    }
}
