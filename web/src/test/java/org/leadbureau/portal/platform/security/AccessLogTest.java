package org.leadbureau.portal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccessLogTest {

    @Test
    void secretsInAddressesAreNotLogged() {
        assertEquals("/registrations/…", AccessLog.masked("/registrations/Zm9vYmFyLXNlY3JldA", null));
        assertEquals("/api/registrations/…/cancel", AccessLog.masked("/api/registrations/Zm9vYmFy/cancel", null));
        assertEquals("/api/visits/feed/….ics", AccessLog.masked("/api/visits/feed/c2VjcmV0.ics", null));
        assertEquals("/set-password?token=…", AccessLog.masked("/set-password", "token=abc123"));
        assertEquals("/setup?lang=en&token=…&x=1", AccessLog.masked("/setup", "lang=en&token=abc&x=1"));
    }

    @Test
    void everythingElseIsLoggedAsRequested() {
        assertEquals("/library/housing-first?page=2", AccessLog.masked("/library/housing-first", "page=2"));
        assertEquals("/api/trainings/intro/registrations", AccessLog.masked("/api/trainings/intro/registrations", null));
        assertEquals("/search?q=mytoken=1", AccessLog.masked("/search", "q=mytoken=1"));
    }
}
