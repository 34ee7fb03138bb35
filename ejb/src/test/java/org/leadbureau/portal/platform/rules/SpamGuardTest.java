package org.leadbureau.portal.platform.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SpamGuardTest {

    private static final Instant SHOWN = Instant.now();
    private static final SpamGuard GUARD = new SpamGuard(Duration.ofSeconds(3));

    @Test
    void aPersonWhoTakesTheirTimeAndLeavesTheHiddenFieldEmptyGetsThrough() {
        assertFalse(GUARD.looksLikeABot(null, SHOWN, SHOWN.plusSeconds(45)));
        assertFalse(GUARD.looksLikeABot("", SHOWN, SHOWN.plus(Duration.ofSeconds(3))));
    }

    @Test
    void anythingInTheHoneypotIsABot() {
        assertTrue(GUARD.looksLikeABot("http://spam.example", SHOWN, SHOWN.plusSeconds(45)));
        assertTrue(GUARD.looksLikeABot(" ", SHOWN, SHOWN.plusSeconds(45)));
    }

    @Test
    void postingFasterThanTheMinimumTimeIsABot() {
        assertTrue(GUARD.looksLikeABot(null, SHOWN, SHOWN.plus(Duration.ofSeconds(3)).minusMillis(1)));
        assertTrue(GUARD.looksLikeABot(null, SHOWN, SHOWN));
    }

    @Test
    void withoutAFormThereIsNoTimer() {
        assertFalse(GUARD.looksLikeABot(null, null, SHOWN));
    }

    @Test
    void theMinimumTimeIsASetting() {
        SpamGuard quick = new SpamGuard(Duration.ofMillis(200));
        assertFalse(quick.looksLikeABot(null, SHOWN, SHOWN.plusMillis(200)));
        assertTrue(quick.looksLikeABot(null, SHOWN, SHOWN.plusMillis(199)));
    }
}
