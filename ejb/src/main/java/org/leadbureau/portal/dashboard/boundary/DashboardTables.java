package org.leadbureau.portal.dashboard.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.leadbureau.portal.dashboard.control.FigureTable;
import org.leadbureau.portal.dashboard.control.FigureTable.Series;
import org.leadbureau.portal.dashboard.control.MonthlyCounts;
import org.leadbureau.portal.dashboard.control.Quarter;
import org.leadbureau.portal.inquiry.entity.Stage;
import org.leadbureau.portal.sites.entity.SiteStatus;
import org.leadbureau.portal.visits.entity.VisitFormat;
import org.leadbureau.portal.visits.entity.VisitStatus;

/**
 * The dashboard's figures as tables with their charts' series, in the order the page shows them: one source for the
 * page's tables, its charts and the CSV downloads. A trainer's dashboard has the visits only. Pure.
 */
public final class DashboardTables {

    public static final String INQUIRIES = "inquiries";
    public static final String TRAININGS = "trainings";
    public static final String VISITS = "visits";
    public static final String SITES = "sites";
    public static final String NEW_SITES = "new-sites";
    public static final String SEARCHES = "searches";

    private DashboardTables() {
    }

    public static List<FigureTable> of(DashboardFigures figures) {
        List<FigureTable> tables = new ArrayList<>();
        if (!figures.ownWorkOnly()) {
            tables.add(inquiries(figures.inquiriesByMonth()));
            tables.add(trainings(figures.trainings()));
        }
        tables.add(visits(figures));
        if (!figures.ownWorkOnly()) {
            tables.add(quarterly(SITES, "Sites by status at the end of each quarter", figures.sitesByStatus()));
            tables.add(newSites(figures.newSitesByQuarter()));
            tables.add(searches(figures));
        }
        return tables;
    }

    /** The table with this key, if the dashboard has it. */
    public static Optional<FigureTable> find(DashboardFigures figures, String key) {
        return of(figures).stream().filter(table -> table.getKey().equals(key)).findFirst();
    }

    private static FigureTable inquiries(MonthlyCounts<Stage> counts) {
        List<String> header = new ArrayList<>(List.of("Month"));
        for (Stage stage : Stage.values()) {
            header.add(word(stage.name()));
        }
        header.add("Total");
        List<List<String>> rows = new ArrayList<>();
        counts.byMonth().forEach((month, stages) -> rows.add(cells(month, stages.values(),
                List.of(stages.values().stream().mapToLong(Long::longValue).sum()))));
        return new FigureTable(INQUIRIES, "Inquiries per month by stage", header, rows,
                series(counts.byMonth(), Stage.values(), stage -> word(stage.name()), "stage"), false);
    }

    private static <K, E extends Enum<E>> List<Series> series(Map<K, ? extends Map<E, Long>> rows, E[] values,
                                                              Function<E, String> label, String stack) {
        List<Series> series = new ArrayList<>();
        for (E value : values) {
            series.add(new Series(label.apply(value), stack, rows.values().stream().map(row -> row.get(value)).toList()));
        }
        return series;
    }

    private static FigureTable trainings(TrainingFigures trainings) {
        List<List<String>> rows = List.of(
                List.of("Trainings delivered", String.valueOf(trainings.delivered())),
                List.of("Registrations", String.valueOf(trainings.registrations())),
                List.of("Attended", String.valueOf(trainings.attended())),
                List.of("Attendance rate", trainings.attendanceRate() == null ? "no registrations"
                        : String.format(Locale.ROOT, "%.1f%%", trainings.attendanceRate() * 100)),
                List.of("Average overall evaluation (1–5)", trainings.averageOverall() == null ? "no evaluations"
                        : String.format(Locale.ROOT, "%.2f", trainings.averageOverall())));
        return new FigureTable(TRAININGS, "Trainings delivered", List.of("Figure", "Value"), rows,
                List.of(new Series("Count", null, List.of(trainings.delivered(), trainings.registrations(),
                        trainings.attended()))), false);
    }

    private static FigureTable visits(DashboardFigures figures) {
        var byFormat = figures.visitsByMonth().byFormat().byMonth();
        var byStatus = figures.visitsByMonth().byStatus().byMonth();
        List<String> header = new ArrayList<>(List.of("Month"));
        for (VisitFormat format : VisitFormat.values()) {
            header.add(format.getLabel());
        }
        for (VisitStatus status : VisitStatus.values()) {
            header.add(status.getLabel());
        }
        List<List<String>> rows = new ArrayList<>();
        byFormat.forEach((month, formats) -> rows.add(cells(month, formats.values(), byStatus.get(month).values())));
        List<Series> series = new ArrayList<>(series(byFormat, VisitFormat.values(), VisitFormat::getLabel, "format"));
        series.addAll(series(byStatus, VisitStatus.values(), VisitStatus::getLabel, "status"));
        return new FigureTable(VISITS, figures.ownWorkOnly() ? "Your site visits per month by format and status"
                : "Site visits per month by format and status", header, rows, series, false);
    }

    private static FigureTable quarterly(String key, String title, Map<Quarter, Map<SiteStatus, Long>> quarters) {
        List<String> header = new ArrayList<>(List.of("Quarter"));
        for (SiteStatus status : SiteStatus.values()) {
            header.add(status.getLabel());
        }
        List<List<String>> rows = new ArrayList<>();
        quarters.forEach((quarter, statuses) -> rows.add(cells(quarter, statuses.values())));
        return new FigureTable(key, title, header, rows,
                series(quarters, SiteStatus.values(), SiteStatus::getLabel, "status"), false);
    }

    private static FigureTable newSites(Map<Quarter, Long> quarters) {
        List<List<String>> rows = new ArrayList<>();
        quarters.forEach((quarter, count) -> rows.add(cells(quarter, List.of(count))));
        return new FigureTable(NEW_SITES, "New sites per quarter", List.of("Quarter", "New sites"), rows,
                List.of(new Series("New sites", null, List.copyOf(quarters.values()))), false);
    }

    private static FigureTable searches(DashboardFigures figures) {
        List<List<String>> rows = figures.zeroResultSearches().stream()
                .map(term -> List.of(term.term(), String.valueOf(term.count()))).toList();
        return new FigureTable(SEARCHES, "Most searched terms with no results in the library", List.of("Term", "Searches"),
                rows, List.of(new Series("Searches", null,
                        figures.zeroResultSearches().stream().map(term -> term.count()).toList())), true);
    }

    /** A row: what it is about (a month, a quarter), then each group of counts in turn. */
    @SafeVarargs
    private static List<String> cells(Object label, Collection<Long>... groups) {
        List<String> cells = new ArrayList<>(List.of(label.toString()));
        for (Collection<Long> counts : groups) {
            counts.forEach(count -> cells.add(String.valueOf(count)));
        }
        return cells;
    }

    /** An enum constant's name as a word: EXPLORING → Exploring. */
    private static String word(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
