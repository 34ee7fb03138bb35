package org.leadbureau.portal.platform.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void deliveredMailKeepsItsBodiesThirtyDays() {
        Instant cutOff = Retention.cutOff(now, Retention.MAIL_BODIES);
        assertEquals(now.minus(Duration.ofDays(30)), cutOff);
        assertTrue(now.minus(Duration.ofDays(31)).isBefore(cutOff), "a month-old message loses its bodies");
        assertTrue(now.minus(Duration.ofDays(29)).isAfter(cutOff), "last week's keeps them");
    }

    @Test
    void theAuditLogIsKeptTwoCalendarYearsUnlessSetOtherwise() {
        Period kept = Retention.auditPeriod(Optional.empty());
        assertEquals(Period.ofYears(2), kept);
        assertEquals(now.atOffset(ZoneOffset.UTC).minusYears(2).toInstant(), Retention.cutOff(now, kept));
        assertEquals(Period.ofMonths(18), Retention.auditPeriod(Optional.of("P18M")));
    }

    @Test
    void twoYearsBeforeALeapDayIsTheLastDayOfFebruary() {
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        while (!Year.isLeap(year)) {
            year++;
        }
        Instant leapDay = now.atOffset(ZoneOffset.UTC).withYear(year).withMonth(2).withDayOfMonth(29).toInstant();
        assertEquals(28, Retention.cutOff(leapDay, Period.ofYears(2)).atOffset(ZoneOffset.UTC).getDayOfMonth());
    }

    @Test
    void aSettingThatIsNoPositivePeriodIsRefusedNamingIt() {
        for (String bad : new String[] {"two years", "PT5M", "P0D", "P-1Y"}) {
            var refusal = assertThrows(IllegalStateException.class, () -> Retention.auditPeriod(Optional.of(bad)), bad);
            assertTrue(refusal.getMessage().startsWith(Retention.AUDIT_SETTING), refusal.getMessage());
        }
    }
}
