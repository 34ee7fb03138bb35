package org.leadbureau.portal.dashboard.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leadbureau.portal.platform.rules.InvalidInputException;

/**
 * The days a dashboard covers, both included, in the Bureau's zone: its months and quarters are the zone's, so an
 * inquiry sent at 11 PM on 31 January in Los Angeles counts in January although it is February in UTC. Pure rules.
 */
public record ReportingPeriod(LocalDate from, LocalDate to, ZoneId zone) implements Serializable {

    /** The longest period a dashboard covers: each month of it costs a few grouped rows, never more. */
    public static final int MAX_YEARS = 5;

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (to.isBefore(from) || to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
            throw new IllegalArgumentException("Not a period of at most " + MAX_YEARS + " years: " + from + " to " + to);
        }
    }

    /** The last twelve months: the current one so far and the eleven before it. */
    public static ReportingPeriod lastTwelveMonths(LocalDate today, ZoneId zone) {
        return new ReportingPeriod(YearMonth.from(today).minusMonths(11).atDay(1), today, zone);
    }

    /**
     * The period the parameters name ({@code YYYY-MM-DD}, both included); a missing one is taken from the default
     * period. Refuses malformed dates, an end before the start and a period longer than {@link #MAX_YEARS} years,
     * every problem at once, naming {@code from} or {@code to}.
     */
    public static ReportingPeriod parse(String from, String to, LocalDate today, ZoneId zone) {
        ReportingPeriod standard = lastTwelveMonths(today, zone);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = day(from, "from", standard.from(), errors);
        LocalDate end = day(to, "to", standard.to(), errors);
        if (errors.isEmpty()) {
            if (end.isBefore(start)) {
                errors.put("to", "The last day must not be before the first day.");
            } else if (end.isAfter(start.plusYears(MAX_YEARS).minusDays(1))) {
                errors.put("to", "A period can be at most " + MAX_YEARS + " years long.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ReportingPeriod(start, end, zone);
    }

    private static LocalDate day(String value, String field, LocalDate otherwise, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the date as YYYY-MM-DD, for example " + otherwise + ".");
            return otherwise;
        }
    }

    /** The first instant of the period: midnight of its first day in the zone. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The instant after the period: midnight after its last day in the zone. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Every month the period touches, first to last. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** Every quarter the period touches, first to last. */
    public List<Quarter> quarters() {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter quarter = Quarter.of(from); !quarter.firstDay().isAfter(to); quarter = quarter.next()) {
            quarters.add(quarter);
        }
        return quarters;
    }

    /** The last day of a quarter that the period covers: the quarter's own, or the period's when it ends sooner. */
    public LocalDate lastDayIn(Quarter quarter) {
        return quarter.lastDay().isAfter(to) ? to : quarter.lastDay();
    }

    /**
     * The period cut where the zone's offset from UTC changes (daylight saving): within each piece, an instant's
     * local date and time is the UTC one shifted by one fixed number of seconds, which a database adds in a grouped
     * query on H2 and MariaDB alike.
     */
    public List<OffsetSpan> offsetSpans() {
        List<OffsetSpan> spans = new ArrayList<>();
        Instant start = start();
        Instant end = end();
        while (start.isBefore(end)) {
            ZoneOffsetTransition next = zone.getRules().nextTransition(start);
            Instant stop = next == null || !next.getInstant().isBefore(end) ? end : next.getInstant();
            spans.add(new OffsetSpan(start, stop, zone.getRules().getOffset(start).getTotalSeconds()));
            start = stop;
        }
        return spans;
    }

    /** Instants from {@code start} (included) to {@code end} (excluded), all {@code offsetSeconds} from UTC. */
    public record OffsetSpan(Instant start, Instant end, int offsetSeconds) {
    }
}
