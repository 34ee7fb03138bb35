package org.leadbureau.portal.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingTallyTest {

    @Test
    void everyValueFromOneToFiveIsCountedAndTheAverageComesFromTheCounts() {
        RatingTally tally = RatingTally.of(Map.of(5, 2L, 4, 1L, 1, 1L));
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("1", 1L);
        expected.put("2", 0L);
        expected.put("3", 0L);
        expected.put("4", 1L);
        expected.put("5", 2L);
        assertEquals(expected, tally.counts());
        assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(tally.counts().keySet()), "in order");
        assertEquals(3.75, tally.average());
        assertEquals(4, tally.total());
    }

    @Test
    void theAverageIsRoundedToTwoDecimalsAndAbsentWithoutAnswers() {
        assertEquals(4.67, RatingTally.of(Map.of(5, 2L, 4, 1L)).average());
        assertNull(RatingTally.of(Map.of()).average());
        assertEquals(0, RatingTally.of(Map.of()).total());
    }

    @Test
    void theResponseRateIsAShareOfTheInvited() {
        assertEquals(0.6667, RatingTally.ratio(2, 3, 4));
        assertEquals(0, RatingTally.ratio(0, 0, 4), "nobody invited");
    }

    @Test
    void yesAndNoAreCountedApart() {
        assertEquals(new YesNoTally(3, 0), YesNoTally.of(Map.of(true, 3L)));
        assertEquals(new YesNoTally(0, 0), YesNoTally.of(Map.of()));
    }
}
