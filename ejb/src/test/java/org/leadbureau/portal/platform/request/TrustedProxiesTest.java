package org.leadbureau.portal.platform.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.0/8, 192.0.2.7 ,fd00::/8");

    @Test
    void addressesAndRangesAreTrustedAndNothingElse() {
        assertTrue(proxies.trusts("10.20.30.40"));
        assertTrue(proxies.trusts("192.0.2.7"));
        assertTrue(proxies.trusts("fd12::1"));
        assertFalse(proxies.trusts("11.0.0.1"));
        assertFalse(proxies.trusts("192.0.2.8"));
        assertFalse(proxies.trusts("localhost"), "a name is never looked up");
        assertFalse(TrustedProxies.parse("").trusts("127.0.0.1"), "nobody by default");
    }

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() {
        assertEquals("198.51.100.9", proxies.clientAddress("198.51.100.9", "203.0.113.5"));
        assertEquals("http", proxies.scheme("198.51.100.9", "http", "https"));
    }

    @Test
    void aTrustedProxyNamesTheClientAndItsScheme() {
        assertEquals("203.0.113.5", proxies.clientAddress("192.0.2.7", "203.0.113.5"));
        assertEquals("https", proxies.scheme("192.0.2.7", "http", "https"));
        assertEquals("192.0.2.7", proxies.clientAddress("192.0.2.7", null));
    }

    @Test
    void theNearestUntrustedHopIsTheClientWhateverItClaimedBefore() {
        assertEquals("203.0.113.5", proxies.clientAddress("192.0.2.7", "1.2.3.4, 203.0.113.5, 10.1.1.1"));
        assertEquals("10.1.1.1", proxies.clientAddress("192.0.2.7", "not-an-address, 10.1.1.1"),
                "garbage stops the walk at the last proxy");
        assertEquals("http", proxies.scheme("192.0.2.7", "http", "gopher"));
    }

    @Test
    void aBadEntryIsRefusedByName() {
        var refused = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertTrue(refused.getMessage().contains("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.org"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("300.1.1.1"));
    }
}
