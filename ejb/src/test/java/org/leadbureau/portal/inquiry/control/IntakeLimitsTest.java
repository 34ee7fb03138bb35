package org.leadbureau.portal.inquiry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntakeLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static List<Instant> minutesAgo(int... minutes) {
        List<Instant> times = new ArrayList<>();
        for (int minute : minutes) {
            times.add(NOW.minus(Duration.ofMinutes(minute)));
        }
        return times;
    }

    @Test
    void fiveFromOneAddressWithinAnHourAreFineTheSixthIsRefused() {
        assertTrue(IntakeLimits.refusedUntil(minutesAgo(50, 40, 30, 20), List.of(), NOW).isEmpty());
        Optional<Instant> refused = IntakeLimits.refusedUntil(minutesAgo(50, 40, 30, 20, 10), List.of(), NOW);
        // Free again when the oldest of the five leaves the hour: 50 minutes ago + 1 hour.
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(10))), refused);
    }

    @Test
    void submissionsOlderThanAnHourNoLongerCount() {
        assertTrue(IntakeLimits.refusedUntil(minutesAgo(60, 61, 90, 30, 20, 10), List.of(), NOW).isEmpty());
    }

    @Test
    void theGlobalLimitGuardsAgainstMany() {
        List<Instant> all = new ArrayList<>();
        for (int i = 0; i < IntakeLimits.GLOBAL; i++) {
            all.add(NOW.minusSeconds(30 + i));
        }
        assertTrue(IntakeLimits.refusedUntil(List.of(), all.subList(1, all.size()), NOW).isEmpty());
        assertEquals(Optional.of(all.get(all.size() - 1).plus(IntakeLimits.WINDOW)),
                IntakeLimits.refusedUntil(List.of(), all, NOW));
    }

    @Test
    void whenBothLimitsApplyTheLaterEndCounts() {
        List<Instant> address = minutesAgo(55, 45, 35, 25, 15);
        List<Instant> all = new ArrayList<>();
        for (int i = 0; i < IntakeLimits.GLOBAL; i++) {
            all.add(NOW.minusSeconds(10 + i));
        }
        Instant globalEnd = all.get(all.size() - 1).plus(IntakeLimits.WINDOW);
        assertEquals(Optional.of(globalEnd), IntakeLimits.refusedUntil(address, all, NOW));
    }
}
