package org.leadbureau.portal.dashboard.control;

import static org.leadbureau.portal.platform.csv.FormulaCells.neutralise;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One of the dashboard's figures as a table (the chart's accessible alternative, and its CSV download) with the
 * series its chart draws. A class with getters: pages read it through EL, which does not read record components.
 */
public final class FigureTable implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A series of the chart: its name, the stack it is drawn in (null: a bar of its own) and one value per row. */
    public record Series(String name, String stack, List<? extends Number> values) implements Serializable {
    }

    private final String key;
    private final String title;
    private final List<String> header;
    private final List<List<String>> rows;
    private final List<Series> series;
    private final boolean horizontal;

    public FigureTable(String key, String title, List<String> header, List<List<String>> rows, List<Series> series,
                       boolean horizontal) {
        this.key = key;
        this.title = title;
        this.header = List.copyOf(header);
        this.rows = rows.stream().map(List::copyOf).toList();
        this.series = List.copyOf(series);
        this.horizontal = horizontal;
    }

    /** The figure's name in addresses: {@code /api/staff/dashboard/<key>.csv}. */
    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getHeader() {
        return header;
    }

    /** Each row's first cell names it (a month, a quarter, a term), the others are its figures. */
    public List<List<String>> getRows() {
        return rows;
    }

    public List<Series> series() {
        return series;
    }

    /** Whether the bars lie (long labels such as search terms read better so). */
    public boolean horizontal() {
        return horizontal;
    }

    /** The chart's labels: the rows' first cells. */
    public List<String> labels() {
        return rows.stream().map(row -> row.get(0)).toList();
    }

    /** The table as CSV (UTF-8, a header row); text that a spreadsheet would run as a formula is neutralised. */
    public String csv() {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(cell -> neutralise(cell)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
