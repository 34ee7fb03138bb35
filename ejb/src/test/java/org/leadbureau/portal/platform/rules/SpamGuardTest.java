package org.leadbureau.portal.platform.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SpamGuardTest {

    private static final Instant SHOWN = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void aPersonWhoTakesTheirTimeAndLeavesTheHiddenFieldEmptyGetsThrough() {
        assertFalse(SpamGuard.looksLikeABot(null, SHOWN, SHOWN.plusSeconds(45)));
        assertFalse(SpamGuard.looksLikeABot("", SHOWN, SHOWN.plus(SpamGuard.DEFAULT_MINIMUM_TIME)));
    }

    @Test
    void anythingInTheHoneypotIsABot() {
        assertTrue(SpamGuard.looksLikeABot("http://spam.example", SHOWN, SHOWN.plusSeconds(45)));
        assertTrue(SpamGuard.looksLikeABot(" ", SHOWN, SHOWN.plusSeconds(45)));
    }

    @Test
    void postingFasterThanTheMinimumTimeIsABot() {
        assertTrue(SpamGuard.looksLikeABot(null, SHOWN, SHOWN.plus(SpamGuard.DEFAULT_MINIMUM_TIME).minusMillis(1)));
        assertTrue(SpamGuard.looksLikeABot(null, SHOWN, SHOWN));
    }

    @Test
    void theMinimumTimeIsADurationSetting() {
        assertEquals(Duration.ofMillis(500), SpamGuard.minimumTime("PT0.5S"));
        for (String wrong : new String[] {"3", "-PT1S", "three seconds"}) {
            IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> SpamGuard.minimumTime(wrong));
            assertTrue(refusal.getMessage().startsWith("PORTAL_FORM_MIN_FILL must be an ISO-8601 duration"), wrong);
        }
    }

    @Test
    void withoutAFormThereIsNoTimer() {
        assertFalse(SpamGuard.looksLikeABot(null, null, SHOWN));
    }
}
