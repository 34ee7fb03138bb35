package org.leadbureau.portal.dashboard.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.dashboard.control.ReportingPeriod.OffsetSpan;
import org.leadbureau.portal.inquiry.entity.Stage;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.training.entity.RegistrationStatus;
import org.leadbureau.portal.visits.entity.VisitFormat;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * The dashboard's figures, each counted by the database in grouped queries: a query answers at most one row per
 * month (or day, or quarter) and value, never the rows counted. Months are the Bureau's: within each piece of the
 * period with one UTC offset ({@link ReportingPeriod#offsetSpans}) the timestamps are shifted by that offset before
 * their year and month are taken, which H2 and MariaDB do alike (TIMESTAMPADD, EXTRACT).
 */
@Dependent
public class DashboardQueries {

    /** An inquiry the form's guards or staff took for spam is not one the Bureau received. */
    private static final String REAL_INQUIRY = "i.status not in ('SUSPECTED', 'SPAM')";
    /** A training held: published (not a draft, not cancelled), not a demo, and over by now. */
    private static final String DELIVERED = "t.status = 'PUBLISHED' and t.demo = false and t.ends_at >= :start"
            + " and t.ends_at < :end and t.ends_at <= :now";
    private static final String TRAINER_OF_VISIT = " and exists (select 1 from site_visit_trainer vt"
            + " join staff_user u on u.id = vt.trainer_id where vt.visit_id = v.id and u.email = :trainer)";

    @PersistenceContext
    EntityManager em;

    /** Inquiries received per month, by the stage the inquirer gave. */
    public MonthlyCounts<Stage> inquiriesByMonth(ReportingPeriod period) {
        MonthlyCounts<Stage> counts = new MonthlyCounts<>(Stage.class, period.months());
        for (OffsetSpan span : period.offsetSpans()) {
            for (Object[] row : monthly(span, "i.created_at", "stage", "inquiry i", REAL_INQUIRY, Map.of())) {
                counts.add(month(row), Stage.valueOf((String) row[2]), count(row[3]));
            }
        }
        return counts;
    }

    /**
     * The median time from receiving an inquiry to the first reply staff sent from its page, in hours, over the
     * inquiries received in the period and answered; null when none was. Two queries: how many, then only the one or
     * two middle values in order (LIMIT and OFFSET).
     */
    public Double medianHoursToFirstResponse(ReportingPeriod period) {
        String answered = " from inquiry i where i.created_at >= :start and i.created_at < :end and " + REAL_INQUIRY
                + " and i.first_response_at is not null";
        long answeredCount = count(within(em.createNativeQuery("select count(*)" + answered), period).getSingleResult());
        Median.Rows rows = Median.rows(answeredCount);
        if (rows.limit() == 0) {
            return null;
        }
        List<?> middle = within(em.createNativeQuery("select timestampdiff(second, i.created_at, i.first_response_at)"
                + " as waited" + answered + " order by waited"), period)
                .setFirstResult((int) rows.offset()).setMaxResults(rows.limit()).getResultList();
        return Median.of(middle.stream().map(seconds -> ((Number) seconds).doubleValue() / 3600).toList());
    }

    /** How many trainings were delivered in the period (they ended in it). */
    public long trainingsDelivered(ReportingPeriod period, Instant now) {
        return count(within(em.createNativeQuery("select count(*) from training t where " + DELIVERED), period)
                .setParameter("now", now).getSingleResult());
    }

    /** The registrations of those trainings that held a seat at the end (confirmed, attended), by status. */
    public Map<RegistrationStatus, Long> seatsOfDeliveredTrainings(ReportingPeriod period, Instant now) {
        Map<RegistrationStatus, Long> seats = new EnumMap<>(RegistrationStatus.class);
        seats.put(RegistrationStatus.CONFIRMED, 0L);
        seats.put(RegistrationStatus.ATTENDED, 0L);
        List<?> rows = within(em.createNativeQuery("select r.status, count(*) from training_registration r"
                + " join training t on t.id = r.training_id where " + DELIVERED
                + " and r.status in ('CONFIRMED', 'ATTENDED') group by r.status"), period)
                .setParameter("now", now).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            seats.put(RegistrationStatus.valueOf((String) columns[0]), count(columns[1]));
        }
        return seats;
    }

    /** Site visits per month of their start, by format and by status; a trainer's own only when {@code trainer} is given. */
    public VisitCounts visitsByMonth(ReportingPeriod period, String trainer) {
        var formats = new MonthlyCounts<>(VisitFormat.class, period.months());
        var statuses = new MonthlyCounts<>(VisitStatus.class, period.months());
        String condition = "1 = 1" + (trainer == null ? "" : TRAINER_OF_VISIT);
        Map<String, Object> parameters = trainer == null ? Map.of() : Map.of("trainer", trainer);
        for (OffsetSpan span : period.offsetSpans()) {
            for (Object[] row : monthly(span, "v.starts_at", "format, status", "site_visit v", condition, parameters)) {
                formats.add(month(row), VisitFormat.valueOf((String) row[2]), count(row[4]));
                statuses.add(month(row), VisitStatus.valueOf((String) row[3]), count(row[4]));
            }
        }
        return new VisitCounts(formats, statuses);
    }

    /** Visits per month by format and by status. */
    public record VisitCounts(MonthlyCounts<VisitFormat> byFormat, MonthlyCounts<VisitStatus> byStatus) implements Serializable {
    }

    /**
     * The directory's sites by the status each had at the end of every quarter (or on the period's last day, for the
     * quarter it ends in), from their status histories: per site the latest change in effect on that day. Drafts
     * and sites retired from the directory by then are not counted. One grouped query per quarter (at most 21).
     */
    public Map<Quarter, Map<SiteStatus, Long>> sitesByStatus(ReportingPeriod period) {
        Map<Quarter, Map<SiteStatus, Long>> quarters = new LinkedHashMap<>();
        for (Quarter quarter : period.quarters()) {
            LocalDate day = period.lastDayIn(quarter);
            Map<SiteStatus, Long> statuses = new EnumMap<>(SiteStatus.class);
            for (SiteStatus status : SiteStatus.values()) {
                statuses.put(status, 0L);
            }
            List<?> rows = em.createNativeQuery("select c.status, count(*) from site_status_change c"
                            + " join site s on s.id = c.site_id where s.published = true"
                            + " and (s.retired_at is null or s.retired_at >= :dayAfter) and c.effective_on <= :day"
                            + " and not exists (select 1 from site_status_change d where d.site_id = c.site_id"
                            + " and d.effective_on <= :day and (d.effective_on > c.effective_on"
                            + " or (d.effective_on = c.effective_on and d.id > c.id))) group by c.status")
                    .setParameter("day", day)
                    .setParameter("dayAfter", day.plusDays(1).atStartOfDay(period.zone()).toInstant())
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                statuses.put(SiteStatus.valueOf((String) columns[0]), count(columns[1]));
            }
            quarters.put(quarter, statuses);
        }
        return quarters;
    }

    /**
     * New sites per quarter: sites whose status history begins in it (when a launched site launched, otherwise the
     * day it was entered). Grouped by month in the database, folded into quarters here.
     */
    public Map<Quarter, Long> newSitesByQuarter(ReportingPeriod period) {
        Map<Quarter, Long> quarters = new LinkedHashMap<>();
        period.quarters().forEach(quarter -> quarters.put(quarter, 0L));
        List<?> rows = em.createNativeQuery("select y, m, count(*) from (select extract(year from c.effective_on) as y,"
                        + " extract(month from c.effective_on) as m from site_status_change c join site s on s.id = c.site_id"
                        + " where s.published = true and c.effective_on >= :from and c.effective_on <= :to"
                        + " and not exists (select 1 from site_status_change d where d.site_id = c.site_id"
                        + " and (d.effective_on < c.effective_on or (d.effective_on = c.effective_on and d.id < c.id)))"
                        + ") firsts group by y, m")
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            quarters.merge(Quarter.of(month(columns)), count(columns[2]), Long::sum);
        }
        return quarters;
    }

    /** The terms searched most often in the period without a result, most often first (then A to Z). */
    public List<TermCount> zeroResultSearches(ReportingPeriod period, int limit) {
        List<?> rows = em.createNativeQuery("select term, sum(searches) as total from zero_result_search"
                        + " where search_day >= :from and search_day <= :to group by term order by total desc, term")
                .setParameter("from", period.from()).setParameter("to", period.to())
                .setMaxResults(limit).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(columns -> new TermCount((String) columns[0], count(columns[1]))).toList();
    }

    /** A search term and how many times it found nothing. */
    public record TermCount(String term, long count) implements Serializable {
    }

    /**
     * Rows {@code year, month, <columns…>, count} of one offset span: the timestamp shifted into local time,
     * grouped by its year and month. The offset is a number the code computed, written into the SQL (a parameter
     * would make H2 see two different expressions in SELECT and GROUP BY).
     */
    private List<Object[]> monthly(OffsetSpan span, String timestamp, String columns, String table, String condition,
                                   Map<String, Object> parameters) {
        String local = "timestampadd(second, " + span.offsetSeconds() + ", " + timestamp + ")";
        Query query = em.createNativeQuery("select y, m, " + columns + ", count(*) from (select extract(year from "
                + local + ") as y, extract(month from " + local + ") as m, " + columns + " from " + table + " where "
                + timestamp + " >= :start and " + timestamp + " < :end and " + condition + ") local_times"
                + " group by y, m, " + columns);
        query.setParameter("start", span.start()).setParameter("end", span.end());
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(row -> (Object[]) row).toList();
    }

    private static Query within(Query query, ReportingPeriod period) {
        return query.setParameter("start", period.start()).setParameter("end", period.end());
    }

    private static YearMonth month(Object[] row) {
        return YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
