package org.leadbureau.portal.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void anOddCountReadsTheMiddleValue() {
        assertEquals(new Median.Rows(0, 1), Median.rows(1));
        assertEquals(new Median.Rows(2, 1), Median.rows(5));
        assertEquals(5.0, Median.of(List.of(5L)));
    }

    @Test
    void anEvenCountAveragesTheTwoMiddleValues() {
        assertEquals(new Median.Rows(0, 2), Median.rows(2));
        assertEquals(new Median.Rows(1, 2), Median.rows(4));
        assertEquals(3.5, Median.of(List.of(2L, 5L)));
    }

    @Test
    void noValuesHaveNoMedian() {
        assertEquals(0, Median.rows(0).limit());
        assertNull(Median.of(List.of()));
    }
}
