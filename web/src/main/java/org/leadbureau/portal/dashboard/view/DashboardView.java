package org.leadbureau.portal.dashboard.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leadbureau.portal.dashboard.boundary.Dashboard;
import org.leadbureau.portal.dashboard.boundary.DashboardFigures;
import org.leadbureau.portal.dashboard.boundary.DashboardTables;
import org.leadbureau.portal.dashboard.control.FigureTable;
import org.leadbureau.portal.dashboard.control.ReportingPeriod;
import org.leadbureau.portal.platform.config.PortalConfig;
import org.leadbureau.portal.platform.view.Refusals;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * {@code /staff/dashboard}: the figures of a period ({@code ?from=&to=}, bookmarkable; the last twelve months by
 * default), each as a chart with its table beside it and a CSV download. Choosing other days redirects to their
 * address; days the boundary refuses are shown next to their picker.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dashboard dashboard;

    @Inject
    @Param(name = "from")
    String fromParameter;

    @Inject
    @Param(name = "to")
    String toParameter;

    private LocalDate from;
    private LocalDate to;
    private ReportingPeriod period;
    private DashboardFigures figures;
    private List<FigureTable> tables;
    private Map<String, String> charts;

    /** Reads the period from the address; what is wrong with a bad one is said at the top, and the default period shown. */
    public void load() {
        if (!Refusals.attempt(() -> period = dashboard.period(fromParameter, toParameter))) {
            period = dashboard.period(null, null);
        }
        from = period.from();
        to = period.to();
        figures = dashboard.figures(period);
        tables = DashboardTables.of(figures);
        charts = new LinkedHashMap<>();
        tables.forEach(table -> charts.put(table.getKey(), ChartConfig.of(table)));
    }

    /** Shows the chosen days at their own address. */
    public void show() {
        // An emptied picker means the default day, as in the address.
        String first = from == null ? "" : from.toString();
        String last = to == null ? "" : to.toString();
        if (Refusals.attempt(() -> dashboard.period(first, last))) {
            Faces.redirect("/staff/dashboard?from=" + first + "&to=" + last);
        }
    }

    public List<FigureTable> getTables() {
        return tables;
    }

    /** The Chart.js configuration of a table's chart. */
    public String chart(FigureTable table) {
        return charts.get(table.getKey());
    }

    /** The address of a table's CSV for the period shown. */
    public String csv(FigureTable table) {
        return "/api/staff/dashboard/" + table.getKey() + ".csv?from=" + period.from() + "&to=" + period.to();
    }

    public boolean isOwnWorkOnly() {
        return figures.ownWorkOnly();
    }

    /** The median time to first response in words, e.g. "5.5 hours". */
    public String getMedianToFirstResponse() {
        Double hours = figures.medianHoursToFirstResponse();
        if (hours == null) {
            return "no inquiry received in this period has been answered yet";
        }
        return String.format(Locale.ROOT, "%.1f hours", hours);
    }

    public String getZoneName() {
        return PortalConfig.bureauZone().getId();
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
