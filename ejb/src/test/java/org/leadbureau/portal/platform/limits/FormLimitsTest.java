package org.leadbureau.portal.platform.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadbureau.portal.platform.rules.WindowLimit;

class FormLimitsTest {

    private static final Instant NOW = Instant.now();
    private static final Duration HOUR = Duration.ofHours(1);
    private static final FormLimits LIMITS = new FormLimits(new WindowLimit(5, HOUR), new WindowLimit(100, HOUR));

    private static List<Instant> minutesAgo(int... minutes) {
        List<Instant> times = new ArrayList<>();
        for (int minute : minutes) {
            times.add(NOW.minus(Duration.ofMinutes(minute)));
        }
        return times;
    }

    private static List<Instant> secondsApart(int count, int firstSecondsAgo) {
        List<Instant> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(NOW.minusSeconds(firstSecondsAgo + i));
        }
        return all;
    }

    @Test
    void fiveFromOneAddressWithinAnHourAreFineTheSixthIsRefused() {
        assertTrue(LIMITS.refusedUntil(minutesAgo(50, 40, 30, 20), List.of(), NOW).isEmpty());
        Optional<Instant> refused = LIMITS.refusedUntil(minutesAgo(50, 40, 30, 20, 10), List.of(), NOW);
        // Free again when the oldest of the five leaves the hour: 50 minutes ago + 1 hour.
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(10))), refused);
    }

    @Test
    void submissionsOlderThanTheWindowNoLongerCount() {
        assertTrue(LIMITS.refusedUntil(minutesAgo(60, 61, 90, 30, 20, 10), List.of(), NOW).isEmpty());
    }

    @Test
    void theOverallLimitGuardsAgainstMany() {
        List<Instant> all = secondsApart(100, 30);
        assertTrue(LIMITS.refusedUntil(List.of(), all.subList(1, all.size()), NOW).isEmpty());
        assertEquals(Optional.of(all.get(all.size() - 1).plus(HOUR)), LIMITS.refusedUntil(List.of(), all, NOW));
    }

    @Test
    void whenBothLimitsApplyTheLaterEndCounts() {
        List<Instant> all = secondsApart(100, 10);
        Instant overallEnd = all.get(all.size() - 1).plus(HOUR);
        assertEquals(Optional.of(overallEnd), LIMITS.refusedUntil(minutesAgo(55, 45, 35, 25, 15), all, NOW));
    }

    @Test
    void withoutAnOverallLimitOnlyTheAddressCounts() {
        FormLimits perAddressOnly = new FormLimits(new WindowLimit(10, HOUR), null);
        assertTrue(perAddressOnly.refusedUntil(minutesAgo(1, 2, 3), secondsApart(10_000, 1), NOW).isEmpty());
        assertEquals(NOW.minus(HOUR), perAddressOnly.windowStart(NOW));
    }

    @Test
    void aSettingGivesBothLimitsAndTheLongerWindowCounts() {
        FormLimits parsed = FormLimits.parse("PORTAL_X", " 30/PT1H , 600/PT2H ");
        assertEquals(new FormLimits(new WindowLimit(30, HOUR), new WindowLimit(600, Duration.ofHours(2))), parsed);
        assertEquals(NOW.minus(Duration.ofHours(2)), parsed.windowStart(NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30/PT1H", "30/PT1H,600/PT1H,1/PT1H", "x/PT1H,600/PT1H", "30/1h,600/PT1H",
            "0/PT1H,600/PT1H", "30/PT0S,600/PT1H", "30,600", "30/PT1H/PT1H,600/PT1H", "-1/PT1H,600/PT1H"})
    void aMalformedSettingIsRefusedNamingItAndTheExpectedForm(String text) {
        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> FormLimits.parse("PORTAL_X", text));
        assertTrue(refusal.getMessage().startsWith("PORTAL_X must be two limits"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("30/PT1H,600/PT1H"), refusal.getMessage());
    }
}
