package org.leadbureau.portal.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void theSameRowsInAnyOrderGiveTheSameFingerprint() {
        assertEquals(new Fingerprint().add(1, 3L).add(2, 1L).add(7, 12L),
                new Fingerprint().add(7, 12L).add(1, 3L).add(2, 1L));
    }

    @Test
    void aRaisedVersionChangesItThoughTheCountStays() {
        Fingerprint before = new Fingerprint().add(1, 3L).add(2, 1L);
        Fingerprint after = new Fingerprint().add(1, 4L).add(2, 1L);
        assertEquals(before.count(), after.count());
        assertNotEquals(before, after);
    }

    @Test
    void swappedVersionsAnotherRowOrAMissingVersionChangeIt() {
        Fingerprint rows = new Fingerprint().add(1, 1L).add(2, 2L);
        assertNotEquals(rows, new Fingerprint().add(1, 2L).add(2, 1L));
        assertNotEquals(rows, new Fingerprint().add(1, 1L).add(3, 2L));
        assertNotEquals(new Fingerprint().add(5, 0L), new Fingerprint().add(5, null));
        assertNotEquals(rows, new Fingerprint().add(1, 1L));
    }
}
