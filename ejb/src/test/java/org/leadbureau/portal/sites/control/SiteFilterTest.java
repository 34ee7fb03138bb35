package org.leadbureau.portal.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.i18n.Language;
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

    @Test
    void theReasonsAreWordedInTheReadersLanguage() {
        var error = assertThrows(InvalidInputException.class, () -> SiteFilter.parse("XX", null, null, "abc", null));

        assertEquals("No hay ningún estado ni territorio de EE. UU. con el código «XX».",
                error.getFieldErrors(Language.ES).get("state"));
        assertEquals("Some filters are not valid: There is no US state or territory with the code 'XX'. 'abc' is not a"
                + " year (expected four digits, such as 2016).", error.getMessage(Language.EN));
        assertEquals("Algunos filtros no son válidos: No hay ningún estado ni territorio de EE. UU. con el código «XX»."
                + " «abc» no es un año (se esperan cuatro dígitos, como 2016).", error.getMessage(Language.ES));
    }
}
