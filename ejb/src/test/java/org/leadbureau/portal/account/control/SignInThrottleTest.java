package org.leadbureau.portal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private static List<Instant> failuresMinutesAgo(int... minutes) {
        return IntStream.of(minutes).mapToObj(m -> NOW.minusSeconds(m * 60L)).sorted().toList();
    }

    @Test
    void fourFailuresForAnAccountFromOneAddressStillLetTheNextAttemptThrough() {
        assertEquals(Optional.empty(), SignInThrottle.lockedUntil(failuresMinutesAgo(1, 2, 3, 4), List.of(), NOW));
    }

    @Test
    void theFifthFailureLocksTheAccountAtThatAddressUntilTheOldestOfThemLeavesTheWindow() {
        var failures = failuresMinutesAgo(10, 4, 3, 2, 1);
        assertEquals(Optional.of(NOW.plusSeconds(5 * 60)), SignInThrottle.lockedUntil(failures, List.of(), NOW));
    }

    @Test
    void afterTheWindowTheRightPasswordWorksAgain() {
        var failures = failuresMinutesAgo(5, 4, 3, 2, 1);
        Instant later = NOW.plusSeconds(11 * 60);
        assertEquals(Optional.empty(), SignInThrottle.lockedUntil(failures, List.of(), later));
    }

    @Test
    void twentyFailuresFromOneAddressLockItWhateverTheAccounts() {
        var nineteen = Collections.nCopies(19, NOW.minusSeconds(60));
        var twenty = Collections.nCopies(20, NOW.minusSeconds(60));
        assertEquals(Optional.empty(), SignInThrottle.lockedUntil(List.of(), nineteen, NOW));
        assertEquals(Optional.of(NOW.minusSeconds(60).plus(SignInThrottle.WINDOW)),
                SignInThrottle.lockedUntil(List.of(), twenty, NOW));
    }

    @Test
    void whenBothAreLockedTheLaterEndCounts() {
        var account = failuresMinutesAgo(14, 13, 12, 11, 10);
        var address = Collections.nCopies(20, NOW.minusSeconds(60));
        assertEquals(Optional.of(NOW.plusSeconds(14 * 60)), SignInThrottle.lockedUntil(account, address, NOW));
    }
}
