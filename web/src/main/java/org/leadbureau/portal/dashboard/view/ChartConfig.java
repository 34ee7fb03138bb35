package org.leadbureau.portal.dashboard.view;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.leadbureau.portal.dashboard.control.FigureTable;

/**
 * A dashboard table's chart as the Chart.js configuration {@code p:chart} takes (JSON). PrimeFaces writes it into the
 * page's script (which carries the CSP nonce), so text people typed (search terms) must not be able to end that
 * script: {@link #forScript} writes the characters HTML would read there as JSON escapes.
 */
final class ChartConfig {

    /** Colours apart from one another and at least 3:1 against the white page (WCAG 1.4.11). */
    private static final List<String> COLOURS = List.of("#1f5f8b", "#c2571a", "#2e7d32", "#6a3d9a", "#8a6d00",
            "#a4243b", "#00695c");

    private ChartConfig() {
    }

    static String of(FigureTable table) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        boolean stacked = false;
        int colour = 0;
        for (FigureTable.Series series : table.series()) {
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", series.name())
                    .add("backgroundColor", COLOURS.get(colour++ % COLOURS.size()));
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.values().forEach(value -> data.add(value.doubleValue()));
            dataset.add("data", data);
            if (series.stack() != null) {
                dataset.add("stack", series.stack());
                stacked = true;
            }
            datasets.add(dataset);
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        table.labels().forEach(labels::add);
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", table.series().size() > 1)
                                .add("position", "bottom")))
                .add("scales", Json.createObjectBuilder()
                        .add(table.horizontal() ? "y" : "x", Json.createObjectBuilder().add("stacked", stacked))
                        .add(table.horizontal() ? "x" : "y", valueAxis));
        if (table.horizontal()) {
            options.add("indexAxis", "y");
        }
        return forScript(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString());
    }

    /**
     * JSON that is safe inside an HTML script element: {@code <}, {@code >} and {@code &} (and the line separators
     * JavaScript once refused) only occur in JSON strings, where their escapes mean the same.
     */
    static String forScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
