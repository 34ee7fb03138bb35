package org.leadbureau.portal.inquiry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceNumbersTest {

    @Test
    void aReferenceNamesTheYearAndAFiveDigitNumber() {
        assertEquals("LEAD-2026-00042", ReferenceNumbers.format(2026, 42));
        assertEquals("LEAD-2027-00001", ReferenceNumbers.format(2027, ReferenceNumbers.next(null)));
        assertTrue(ReferenceNumbers.isReference("LEAD-2026-00042"));
    }

    @Test
    void aYearWithMoreThan99999InquiriesGetsLongerNumbersNotRepeatedOnes() {
        assertEquals("LEAD-2026-100000", ReferenceNumbers.format(2026, 100_000));
        assertTrue(ReferenceNumbers.isReference("LEAD-2026-100000"));
    }

    @Test
    void numbersHandedOutOneAfterTheOtherAreAllDifferent() {
        Set<String> seen = new HashSet<>();
        Integer highest = null;
        for (int i = 0; i < 2000; i++) {
            int number = ReferenceNumbers.next(highest);
            assertTrue(seen.add(ReferenceNumbers.format(2026, number)));
            highest = number;
        }
        assertEquals(2000, seen.size());
    }

    @Test
    void nothingElseIsAReference() {
        assertFalse(ReferenceNumbers.isReference("LEAD-26-00042"));
        assertFalse(ReferenceNumbers.isReference("LEAD-2026-42"));
        assertFalse(ReferenceNumbers.isReference("lead-2026-00042"));
        assertFalse(ReferenceNumbers.isReference(null));
        assertThrows(IllegalArgumentException.class, () -> ReferenceNumbers.format(2026, 0));
    }
}
