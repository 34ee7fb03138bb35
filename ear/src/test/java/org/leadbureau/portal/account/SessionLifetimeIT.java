package org.leadbureau.portal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.it.Http;
import org.leadbureau.portal.it.SharedPortal;
import org.leadbureau.portal.it.StaffAccounts;
import org.leadbureau.portal.it.StaffSession;

/**
 * A signed-in session ends 8 hours after sign-in however busy it is (PORTAL_SESSION_MAX; the rule itself is
 * SessionLifetimeTest's): the session carries its end from the moment of sign-in.
 */
@SharedPortal
class SessionLifetimeIT {

    @Test
    void aSessionEndsEightHoursAfterSignInWhateverItsActivity() {
        Instant before = Instant.now();
        StaffSession session = StaffSession.signedIn(StaffAccounts.staff());
        Instant after = Instant.now();
        session.get("/staff");

        var me = session.get("/api/staff/me");
        assertEquals(200, me.statusCode());
        Instant end = Instant.parse(Http.json(me).getString("sessionEndsAt"));
        assertFalse(end.isBefore(before.plus(Duration.ofHours(8)).minusSeconds(1)), end.toString());
        assertFalse(end.isAfter(after.plus(Duration.ofHours(8)).plusSeconds(1)), end.toString());
        assertEquals(end, Instant.parse(Http.json(session.get("/api/staff/me")).getString("sessionEndsAt")),
                "activity does not move the end");
    }

    @Test
    void aScriptWithoutASessionHasNoSessionEnd() {
        var me = Http.get("/api/staff/me", "Authorization", StaffAccounts.staff().basic());
        assertEquals(200, me.statusCode());
        assertTrue(!Http.json(me).containsKey("sessionEndsAt"));
    }
}
