package org.leadbureau.portal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.security.ClientConnection.Source;

/** Whether a state-changing browser request comes from the portal's own pages. */
class ClientConnectionTest {

    private static final String OWN = "http://localhost:8080";
    private static final String BASE = "https://portal.example.org";

    @Test
    void theOwnOriginOrTheBaseUrlsOriginIsTheOwnPages() {
        assertEquals(Source.OWN_PAGES, ClientConnection.source("http://localhost:8080", null, OWN, BASE));
        assertEquals(Source.OWN_PAGES, ClientConnection.source("https://portal.example.org", null, OWN, BASE));
        assertEquals(Source.OWN_PAGES, ClientConnection.source("HTTPS://Portal.Example.org:443", null, OWN, BASE));
    }

    @Test
    void withoutOriginTheReferersOriginCounts() {
        assertEquals(Source.OWN_PAGES, ClientConnection.source(null, "https://portal.example.org/staff/sites?x=1", OWN, BASE));
        assertEquals(Source.ELSEWHERE, ClientConnection.source(null, "https://evil.example/portal.example.org", OWN, BASE));
    }

    @Test
    void anotherSiteAPortOrSchemeOffOrANullOriginIsElsewhere() {
        assertEquals(Source.ELSEWHERE, ClientConnection.source("https://evil.example", OWN, OWN, BASE), "Origin wins over Referer");
        assertEquals(Source.ELSEWHERE, ClientConnection.source("http://portal.example.org", null, OWN, BASE));
        assertEquals(Source.ELSEWHERE, ClientConnection.source("http://localhost:8081", null, OWN, BASE));
        assertEquals(Source.ELSEWHERE, ClientConnection.source("null", null, OWN, BASE));
        assertEquals(Source.ELSEWHERE, ClientConnection.source("https://evil.example\\@portal.example.org", null, OWN, BASE));
    }

    @Test
    void neitherHeaderIsUnknown() {
        assertEquals(Source.UNKNOWN, ClientConnection.source(null, null, OWN, BASE));
    }

    @Test
    void anOriginDropsPathAndDefaultPort() {
        assertEquals(Optional.of("https://portal.example.org"), ClientConnection.origin("https://portal.example.org:443/a?b"));
        assertEquals(Optional.of("http://localhost:8080"), ClientConnection.origin("http://LOCALHOST:8080/"));
        assertEquals(Optional.empty(), ClientConnection.origin("javascript:alert(1)"));
    }
}
