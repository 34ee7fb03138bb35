package org.leadbureau.portal.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leadbureau.portal.platform.rules.InvalidInputException;

class ReportingPeriodTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final LocalDate TODAY = LocalDate.now(LOS_ANGELES);

    @Test
    void theDefaultIsTheLastTwelveMonthsUpToToday() {
        ReportingPeriod period = ReportingPeriod.parse(null, "", TODAY, LOS_ANGELES);
        assertEquals(TODAY, period.to());
        assertEquals(YearMonth.from(TODAY).minusMonths(11).atDay(1), period.from());
        assertEquals(12, period.months().size());
        assertEquals(YearMonth.from(TODAY), period.months().get(11));
        assertEquals(period.from().atStartOfDay(LOS_ANGELES).toInstant(), period.start());
        assertEquals(TODAY.plusDays(1).atStartOfDay(LOS_ANGELES).toInstant(), period.end(), "the last day is included");
    }

    @Test
    void badDatesAreRefusedNamingTheirField() {
        var malformed = assertThrows(InvalidInputException.class,
                () -> ReportingPeriod.parse("yesterday", TODAY + "x", TODAY, LOS_ANGELES));
        assertEquals(List.of("from", "to"), List.copyOf(malformed.getFieldErrors().keySet()));
        assertTrue(malformed.getFieldErrors().get("from").startsWith("Enter the date as YYYY-MM-DD"));

        var backwards = assertThrows(InvalidInputException.class,
                () -> ReportingPeriod.parse(TODAY.toString(), TODAY.minusDays(1).toString(), TODAY, LOS_ANGELES));
        assertEquals(Map.of("to", "The last day must not be before the first day."), backwards.getFieldErrors());

        LocalDate start = TODAY.minusYears(8);
        assertEquals(start.plusYears(5).minusDays(1),
                ReportingPeriod.parse(start.toString(), start.plusYears(5).minusDays(1).toString(), TODAY, LOS_ANGELES).to(),
                "five years exactly are fine");
        var tooLong = assertThrows(InvalidInputException.class,
                () -> ReportingPeriod.parse(start.toString(), start.plusYears(5).toString(), TODAY, LOS_ANGELES));
        assertEquals(Map.of("to", "A period can be at most 5 years long."), tooLong.getFieldErrors());
    }

    @Test
    void quartersAreTheCalendarsAndTheLastEndsWithThePeriod() {
        int year = TODAY.getYear() - 2;
        var period = new ReportingPeriod(LocalDate.of(year, 2, 10), LocalDate.of(year, 7, 3), LOS_ANGELES);
        assertEquals(List.of(year + "-Q1", year + "-Q2", year + "-Q3"),
                period.quarters().stream().map(Quarter::toString).toList());
        assertEquals(LocalDate.of(year, 3, 31), period.lastDayIn(period.quarters().get(0)));
        assertEquals(LocalDate.of(year, 6, 30), period.lastDayIn(period.quarters().get(1)));
        assertEquals(LocalDate.of(year, 7, 3), period.lastDayIn(period.quarters().get(2)));
        assertEquals(new Quarter(year, 4), Quarter.of(YearMonth.of(year, 12)));
        assertEquals(new Quarter(year + 1, 1), new Quarter(year, 4).next());
        assertEquals(List.of(YearMonth.of(year, 2), YearMonth.of(year, 3), YearMonth.of(year, 4), YearMonth.of(year, 5),
                YearMonth.of(year, 6), YearMonth.of(year, 7)), period.months());
    }

    @Test
    void theYearIsCutWhereTheOffsetChangesAndThePiecesCoverIt() {
        var period = new ReportingPeriod(LocalDate.of(TODAY.getYear() - 1, 1, 1), LocalDate.of(TODAY.getYear() - 1, 12, 31),
                LOS_ANGELES);
        List<ReportingPeriod.OffsetSpan> spans = period.offsetSpans();
        assertEquals(List.of(-8 * 3600, -7 * 3600, -8 * 3600), spans.stream().map(ReportingPeriod.OffsetSpan::offsetSeconds).toList());
        assertEquals(period.start(), spans.get(0).start());
        assertEquals(period.end(), spans.get(2).end());
        assertEquals(spans.get(0).end(), spans.get(1).start());
        assertEquals(spans.get(1).end(), spans.get(2).start());
        assertEquals(1, new ReportingPeriod(TODAY, TODAY, ZoneId.of("UTC")).offsetSpans().size());
    }

    /** What the database does: an instant shifted by its piece's offset has the local month, at either edge of one. */
    @Test
    void monthBoundariesAreTheZones() {
        int year = TODAY.getYear() - 1;
        var period = new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), LOS_ANGELES);
        for (int month = 1; month <= 12; month++) {
            LocalDate lastDay = YearMonth.of(year, month).atEndOfMonth();
            Instant lateOnTheLastDay = ZonedDateTime.of(lastDay, LocalTime.of(23, 30), LOS_ANGELES).toInstant();
            Instant justAfterMidnight = ZonedDateTime.of(lastDay.plusDays(1), LocalTime.of(0, 0), LOS_ANGELES).toInstant();
            assertEquals(YearMonth.of(year, month).plusMonths(1), YearMonth.from(lateOnTheLastDay.atOffset(ZoneOffset.UTC)),
                    "in UTC it is the next month already");
            assertEquals(YearMonth.of(year, month), localMonth(period, lateOnTheLastDay));
            if (month < 12) {
                assertEquals(YearMonth.of(year, month + 1), localMonth(period, justAfterMidnight));
            }
        }
    }

    private static YearMonth localMonth(ReportingPeriod period, Instant instant) {
        var span = period.offsetSpans().stream()
                .filter(one -> !instant.isBefore(one.start()) && instant.isBefore(one.end())).findFirst().orElseThrow();
        return YearMonth.from(LocalDateTime.ofInstant(instant, ZoneOffset.UTC).plusSeconds(span.offsetSeconds()));
    }
}
