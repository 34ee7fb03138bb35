package org.leadbureau.portal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A session ends a fixed time after sign-in, however busy it was. */
class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.now();

    @Test
    void eightHoursByDefault() {
        SessionLifetime lifetime = SessionLifetime.of(Optional.empty());
        assertEquals(SIGNED_IN.plus(Duration.ofHours(8)), lifetime.endOf(SIGNED_IN));
        assertFalse(lifetime.hasEnded(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(8)).minusSeconds(1)));
        assertTrue(lifetime.hasEnded(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(8))));
    }

    @Test
    void theSettingShortensIt() {
        SessionLifetime lifetime = SessionLifetime.of(Optional.of("PT30M"));
        assertFalse(lifetime.hasEnded(SIGNED_IN, SIGNED_IN.plus(Duration.ofMinutes(29))));
        assertTrue(lifetime.hasEnded(SIGNED_IN, SIGNED_IN.plus(Duration.ofMinutes(31))));
    }

    @Test
    void anUnreadableOrEmptyDurationIsRefusedWithTheSettingsName() {
        for (String setting : new String[] {"8 hours", "PT0S", "-PT1H"}) {
            var refusal = assertThrows(IllegalArgumentException.class, () -> SessionLifetime.of(Optional.of(setting)));
            assertTrue(refusal.getMessage().contains("PORTAL_SESSION_MAX"), refusal.getMessage());
        }
    }
}
