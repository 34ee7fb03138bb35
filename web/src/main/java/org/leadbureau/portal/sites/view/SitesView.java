package org.leadbureau.portal.sites.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.leadbureau.portal.platform.i18n.Texts;
import org.leadbureau.portal.platform.rules.InvalidInputException;
import org.leadbureau.portal.platform.view.PagedTableModel;
import org.leadbureau.portal.sites.boundary.Sites;
import org.leadbureau.portal.sites.control.SiteSort;
import org.leadbureau.portal.sites.control.SiteFilter;
import org.leadbureau.portal.sites.entity.Site;
import org.leadbureau.portal.sites.entity.UsState;
import org.omnifaces.cdi.Param;

/**
 * {@code /sites}: the directory, filtered by the URL's query ({@code state, status, q, launchedFrom,
 * launchedTo}, the API's names) so that every filtered view can be bookmarked; {@code view=map} shows the map.
 * View-scoped because the lazy table pages and sorts by ajax.
 */
@Named
@ViewScoped
public class SitesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sites sites;

    @Inject
    @Param(name = "state")
    String state;

    @Inject
    @Param(name = "status")
    String status;

    @Inject
    @Param(name = "q")
    String q;

    @Inject
    @Param(name = "launchedFrom")
    String launchedFrom;

    @Inject
    @Param(name = "launchedTo")
    String launchedTo;

    @Inject
    @Param(name = "view")
    String view;

    private SiteFilter filter = SiteFilter.ALL;
    private Map<String, String> errors = Map.of();
    private PagedTableModel<Site> model;
    private long siteCount;
    private int stateCount;
    private List<MapTile> tiles;

    @PostConstruct
    void init() {
        try {
            filter = SiteFilter.parse(state, status, q, launchedFrom, launchedTo);
        } catch (InvalidInputException e) {
            // A mistyped bookmark still shows the directory, unfiltered, with the reasons next to the fields.
            errors = e.getFieldErrors(Texts.language());
        }
        Map<UsState, Long> byState = sites.countByState(filter);
        siteCount = byState.values().stream().mapToLong(Long::longValue).sum();
        stateCount = byState.size();
        SiteFilter shown = filter;
        model = new PagedTableModel<>(() -> sites.count(shown), (page, sort, ascending) -> sites.find(shown,
                sort == null || SiteSort.fromName(sort) == null ? SiteSort.NAME : SiteSort.fromName(sort), ascending,
                page), Site::getSlug);
        if (isMap()) {
            Map<UsState, List<Site>> located = sites.all(filter).stream().filter(Site::isLocated)
                    .collect(Collectors.groupingBy(Site::getState));
            tiles = new ArrayList<>();
            for (UsState each : UsState.values()) {
                tiles.add(new MapTile(each, byState.getOrDefault(each, 0L),
                        "/sites?" + query(filter.withState(each), true), located.getOrDefault(each, List.of())));
            }
        }
    }

    /** Applies the filter form by going to its URL, so the result is bookmarkable. */
    public void search() throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("state", state);
        parameters.put("status", status);
        parameters.put("q", q);
        parameters.put("launchedFrom", launchedFrom);
        parameters.put("launchedTo", launchedTo);
        parameters.put("view", isMap() ? "map" : null);
        String query = parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        FacesContext.getCurrentInstance().getExternalContext().redirect("/sites" + (query.isEmpty() ? "" : "?" + query));
    }

    private static String query(SiteFilter filter, boolean map) {
        String query = filter.toQuery();
        if (!map) {
            return query;
        }
        return query.isEmpty() ? "view=map" : query + "&view=map";
    }

    public boolean isMap() {
        return "map".equals(view);
    }

    /** "28 sites in 19 states", in the page's language. */
    public String getSummary() {
        return Texts.text("sites.summary", siteCount, stateCount);
    }

    public String getTableHref() {
        String query = query(filter, false);
        return "/sites" + (query.isEmpty() ? "" : "?" + query);
    }

    public String getMapHref() {
        return "/sites?" + query(filter, true);
    }

    /** The API URL of the shown sites in a format (csv, json, geojson), for download links. */
    public String downloadHref(String format) {
        String query = filter.toQuery();
        return "/api/sites?format=" + format + (query.isEmpty() ? "" : "&" + query);
    }

    public boolean isFiltered() {
        return !filter.isEmpty();
    }

    public PagedTableModel<Site> getModel() {
        return model;
    }

    /** The key of the map: only the shades it shows ("map-tile--2" → "2 sites"), lightest first. */
    public List<Map.Entry<String, String>> getLegend() {
        return tiles.stream().map(tile -> (int) Math.min(tile.getCount(), 3)).distinct().sorted()
                // A public class: EL cannot call the methods of Map.entry's hidden one.
                .map(shade -> (Map.Entry<String, String>) new AbstractMap.SimpleImmutableEntry<>("map-tile--" + shade,
                        Texts.text("sites.map.shade" + shade))).toList();
    }

    /** Whether the map shows any site as a dot (those with known coordinates). */
    public boolean isMarkers() {
        return tiles.stream().anyMatch(tile -> !tile.getMarkers().isEmpty());
    }

    public List<MapTile> getTiles() {
        return tiles;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getLaunchedFrom() {
        return launchedFrom;
    }

    public void setLaunchedFrom(String launchedFrom) {
        this.launchedFrom = launchedFrom;
    }

    public String getLaunchedTo() {
        return launchedTo;
    }

    public void setLaunchedTo(String launchedTo) {
        this.launchedTo = launchedTo;
    }
}
