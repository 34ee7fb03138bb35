package org.leadbureau.portal.visits.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.rules.InvalidInputException;

class VisitFilterTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void theDaysAreInclusiveInUtc() {
        VisitFilter filter = VisitFilter.days(today, today, null, null, null);
        assertEquals(today.atStartOfDay(ZoneOffset.UTC).toInstant(), filter.from());
        assertEquals(Duration.ofDays(1), Duration.between(filter.from(), filter.to()));
    }

    @Test
    void thirteenMonthsIsTheWidestWindow() {
        assertEquals(today.plusMonths(13).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                VisitFilter.days(today, today.plusMonths(13), null, null, null).to());
        var refused = assertThrows(InvalidInputException.class,
                () -> VisitFilter.days(today, today.plusMonths(13).plusDays(1), null, null, null));
        assertEquals(Set.of("to"), refused.getFieldErrors().keySet());
    }

    @Test
    void missingOrBackwardDaysAreRefusedNamingTheField() {
        assertEquals(Set.of("from", "to"),
                assertThrows(InvalidInputException.class, () -> VisitFilter.days(null, null, null, null, null))
                        .getFieldErrors().keySet());
        assertEquals(Set.of("from"),
                assertThrows(InvalidInputException.class, () -> VisitFilter.days(null, today, null, null, null))
                        .getFieldErrors().keySet());
        assertEquals(Set.of("to"),
                assertThrows(InvalidInputException.class, () -> VisitFilter.days(today, today.minusDays(1), null, null,
                        null)).getFieldErrors().keySet());
    }
}
