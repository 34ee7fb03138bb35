package org.leadbureau.portal.dashboard.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadbureau.portal.dashboard.boundary.DashboardFigures;
import org.leadbureau.portal.dashboard.boundary.TrainingFigures;
import org.leadbureau.portal.dashboard.control.MonthlyCounts;

/**
 * The dashboard's figures for a period ({@code from}–{@code to}, both included, months and quarters in {@code zone}).
 * A trainer's answer has {@code visitsByMonth} only (their own visits); the other members are left out, and so is
 * {@code medianHoursToFirstResponse} when no inquiry of the period was answered.
 */
public record DashboardJson(String from, String to, String zone, List<InquiryMonth> inquiriesByMonth,
                            Double medianHoursToFirstResponse,
                            TrainingsJson trainings, List<VisitMonth> visitsByMonth,
                            List<QuarterStatuses> sitesByStatus, List<QuarterCount> newSitesByQuarter,
                            List<TermCount> zeroResultSearches) {

    /** Inquiries received in a month ({@code 2026-01}), by stage, and in all. */
    public record InquiryMonth(String month, Map<String, Long> byStage, long total) {
    }

    /** Trainings that ended in the period; the rate and the average are left out when there is nothing to divide. */
    public record TrainingsJson(long delivered, long registrations, long attended,
                                Double attendanceRate, Double averageOverall) {
    }

    /** Site visits starting in a month, by format and by status. */
    public record VisitMonth(String month, Map<String, Long> byFormat, Map<String, Long> byStatus) {
    }

    /** Sites by the status they had at the end of a quarter ({@code 2026-Q1}), or on the period's last day. */
    public record QuarterStatuses(String quarter, Map<String, Long> byStatus) {
    }

    public record QuarterCount(String quarter, long count) {
    }

    /** A search term that found nothing, and how many times. */
    public record TermCount(String term, long count) {
    }

    public static DashboardJson of(DashboardFigures figures) {
        var period = figures.period();
        var visits = figures.visitsByMonth();
        List<VisitMonth> visitMonths = visits.byFormat().byMonth().keySet().stream()
                .map(month -> new VisitMonth(month.toString(), names(visits.byFormat().byMonth().get(month)),
                        names(visits.byStatus().byMonth().get(month)))).toList();
        if (figures.ownWorkOnly()) {
            return new DashboardJson(period.from().toString(), period.to().toString(), period.zone().getId(), null, null,
                    null, visitMonths, null, null, null);
        }
        TrainingFigures trainings = figures.trainings();
        return new DashboardJson(period.from().toString(), period.to().toString(), period.zone().getId(),
                inquiries(figures.inquiriesByMonth()), figures.medianHoursToFirstResponse(),
                new TrainingsJson(trainings.delivered(), trainings.registrations(), trainings.attended(),
                        trainings.attendanceRate(), trainings.averageOverall()),
                visitMonths,
                figures.sitesByStatus().entrySet().stream()
                        .map(quarter -> new QuarterStatuses(quarter.getKey().toString(), names(quarter.getValue()))).toList(),
                figures.newSitesByQuarter().entrySet().stream()
                        .map(quarter -> new QuarterCount(quarter.getKey().toString(), quarter.getValue())).toList(),
                figures.zeroResultSearches().stream().map(term -> new TermCount(term.term(), term.count())).toList());
    }

    private static List<InquiryMonth> inquiries(MonthlyCounts<?> counts) {
        return counts.byMonth().entrySet().stream()
                .map(month -> new InquiryMonth(month.getKey().toString(), names(month.getValue()),
                        month.getValue().values().stream().mapToLong(Long::longValue).sum())).toList();
    }

    /** Counts under the enum constants' names, in their order. */
    private static Map<String, Long> names(Map<? extends Enum<?>, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((value, count) -> named.put(value.name(), count));
        return named;
    }
}
