package org.leadbureau.portal.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(4), 6);

    @Test
    void theDelayDoublesAfterEachFailureUpToTheLongest() {
        assertEquals(Optional.of(NOW.plusSeconds(30)), policy.nextAttempt(1, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(60)), policy.nextAttempt(2, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(120)), policy.nextAttempt(3, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(240)), policy.nextAttempt(4, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(240)), policy.nextAttempt(5, NOW));
    }

    @Test
    void afterTheLastAttemptThereIsNoNextOne() {
        assertEquals(Optional.empty(), policy.nextAttempt(6, NOW));
        assertEquals(Optional.empty(), policy.nextAttempt(7, NOW));
    }
}
