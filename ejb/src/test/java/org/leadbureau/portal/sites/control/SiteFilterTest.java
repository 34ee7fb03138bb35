package org.leadbureau.portal.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.sites.entity.UsState;

class SiteFilterTest {

    @Test
    void blankParametersFilterNothing() {
        assertTrue(SiteFilter.parse("", null, "  ", "", null).isEmpty());
        assertEquals("", SiteFilter.ALL.toQuery());
    }

    @Test
    void parametersBecomeAFilterAndBackTheSameQuery() {
        SiteFilter filter = SiteFilter.parse("wa", "operational", " King County & more ", "2011", "2020");

        assertEquals(new SiteFilter(UsState.WA, SiteStatus.OPERATIONAL, "King County & more", 2011, 2020), filter);
        assertEquals("state=WA&status=OPERATIONAL&q=King+County+%26+more&launchedFrom=2011&launchedTo=2020",
                filter.toQuery());
    }

    @Test
    void everyWrongParameterIsNamed() {
        var error = assertThrows(InvalidInputException.class,
                () -> SiteFilter.parse("XX", "OPEN", null, "twenty", "1999"));

        assertEquals(List.of("state", "status", "launchedFrom"), List.copyOf(error.getFieldErrors().keySet()));
    }

    @Test
    void aRangeMustNotRunBackwards() {
        var error = assertThrows(InvalidInputException.class, () -> SiteFilter.parse(null, null, null, "2020", "2010"));

        assertTrue(error.getFieldErrors().containsKey("launchedTo"));
    }
}
