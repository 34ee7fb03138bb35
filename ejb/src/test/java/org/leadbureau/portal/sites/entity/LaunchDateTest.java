package org.leadbureau.portal.sites.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchDateTest {

    @Test
    void aYearStaysAYearAndNeverGainsAMonthOrDay() {
        LaunchDate year = LaunchDate.parse("2016");

        assertEquals("2016", year.display());
        assertEquals("2016", year.iso());
        assertNull(year.getMonth());
        assertNull(year.getDay());
    }

    @Test
    void aMonthIsShownAsMonthAndYear() {
        LaunchDate month = LaunchDate.parse("2011-10");

        assertEquals("Oct 2011", month.display());
        assertEquals("2011-10", month.iso());
        assertNull(month.getDay());
    }

    @Test
    void aDayIsShownInFull() {
        LaunchDate day = LaunchDate.parse("2014-04-21");

        assertEquals("21 Apr 2014", day.display());
        assertEquals("2014-04-21", day.iso());
    }

    @Test
    void aSpanishReaderGetsTheMonthInSpanish() {
        Locale spanish = Locale.forLanguageTag("es-US");

        assertEquals("21 abr. 2014", LaunchDate.parse("2014-04-21").display(spanish));
        assertEquals("oct. 2011", LaunchDate.parse("2011-10").display(spanish));
        assertEquals("2016", LaunchDate.parse("2016").display(spanish));
    }

    @ParameterizedTest
    @ValueSource(strings = {"16", "2016-1", "2016/10", "Oct 2011", "2016-13", "2015-02-29", "2016-04-31", "1850", "2016-10-01x"})
    void malformedOrImpossibleDatesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> LaunchDate.parse(text));
    }

    @Test
    void datesOfDifferentPrecisionAreDifferentAndOrderByTime() {
        assertTrue(!LaunchDate.parse("2016").equals(LaunchDate.parse("2016-01-01")));
        assertEquals(LaunchDate.parse("2016-04"), LaunchDate.ofMonth(2016, 4));
        assertTrue(LaunchDate.parse("2016").compareTo(LaunchDate.parse("2016-01")) < 0);
        assertTrue(LaunchDate.parse("2015-12-31").compareTo(LaunchDate.parse("2016")) < 0);
    }
}
